/**
 * Icons of my listings and the editor, by path (tree-shaken; the @ant-design/icons index is a shared
 * singleton holding every icon).
 */
import ArrowLeftOutlinedModule from '@ant-design/icons/ArrowLeftOutlined';
import BulbOutlinedModule from '@ant-design/icons/BulbOutlined';
import CheckCircleOutlinedModule from '@ant-design/icons/CheckCircleOutlined';
import ClockCircleOutlinedModule from '@ant-design/icons/ClockCircleOutlined';
import CloseCircleOutlinedModule from '@ant-design/icons/CloseCircleOutlined';
import DeleteOutlinedModule from '@ant-design/icons/DeleteOutlined';
import EditOutlinedModule from '@ant-design/icons/EditOutlined';
import EyeOutlinedModule from '@ant-design/icons/EyeOutlined';
import GiftOutlinedModule from '@ant-design/icons/GiftOutlined';
import LockOutlinedModule from '@ant-design/icons/LockOutlined';
import PlusOutlinedModule from '@ant-design/icons/PlusOutlined';
import RedoOutlinedModule from '@ant-design/icons/RedoOutlined';
import SendOutlinedModule from '@ant-design/icons/SendOutlined';
import ShopOutlinedModule from '@ant-design/icons/ShopOutlined';
import SolutionOutlinedModule from '@ant-design/icons/SolutionOutlined';
import { iconInterop } from '@yiqia/web-ui';

export const ArrowLeftOutlined = iconInterop(ArrowLeftOutlinedModule);
export const BulbOutlined = iconInterop(BulbOutlinedModule);
export const CheckCircleOutlined = iconInterop(CheckCircleOutlinedModule);
export const ClockCircleOutlined = iconInterop(ClockCircleOutlinedModule);
export const CloseCircleOutlined = iconInterop(CloseCircleOutlinedModule);
export const DeleteOutlined = iconInterop(DeleteOutlinedModule);
export const EditOutlined = iconInterop(EditOutlinedModule);
export const EyeOutlined = iconInterop(EyeOutlinedModule);
export const GiftOutlined = iconInterop(GiftOutlinedModule);
export const LockOutlined = iconInterop(LockOutlinedModule);
export const PlusOutlined = iconInterop(PlusOutlinedModule);
export const RedoOutlined = iconInterop(RedoOutlinedModule);
export const SendOutlined = iconInterop(SendOutlinedModule);
export const ShopOutlined = iconInterop(ShopOutlinedModule);
export const SolutionOutlined = iconInterop(SolutionOutlinedModule);
