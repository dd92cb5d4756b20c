/** Icons of the matchmaking components, by path (tree-shaken; see ../listing/icons.ts). */
import AimOutlinedModule from '@ant-design/icons/AimOutlined';
import ApartmentOutlinedModule from '@ant-design/icons/ApartmentOutlined';
import ArrowDownOutlinedModule from '@ant-design/icons/ArrowDownOutlined';
import DeploymentUnitOutlinedModule from '@ant-design/icons/DeploymentUnitOutlined';
import DislikeOutlinedModule from '@ant-design/icons/DislikeOutlined';
import FileTextOutlinedModule from '@ant-design/icons/FileTextOutlined';
import GiftOutlinedModule from '@ant-design/icons/GiftOutlined';
import HistoryOutlinedModule from '@ant-design/icons/HistoryOutlined';
import PlusOutlinedModule from '@ant-design/icons/PlusOutlined';
import SwapOutlinedModule from '@ant-design/icons/SwapOutlined';
import UndoOutlinedModule from '@ant-design/icons/UndoOutlined';
import UsergroupAddOutlinedModule from '@ant-design/icons/UsergroupAddOutlined';
import { iconInterop } from '@yiqia/web-ui';

export const AimOutlined = iconInterop(AimOutlinedModule);
export const ApartmentOutlined = iconInterop(ApartmentOutlinedModule);
export const ArrowDownOutlined = iconInterop(ArrowDownOutlinedModule);
export const DeploymentUnitOutlined = iconInterop(DeploymentUnitOutlinedModule);
export const DislikeOutlined = iconInterop(DislikeOutlinedModule);
export const FileTextOutlined = iconInterop(FileTextOutlinedModule);
export const GiftOutlined = iconInterop(GiftOutlinedModule);
export const HistoryOutlined = iconInterop(HistoryOutlinedModule);
export const PlusOutlined = iconInterop(PlusOutlinedModule);
export const SwapOutlined = iconInterop(SwapOutlinedModule);
export const UndoOutlined = iconInterop(UndoOutlinedModule);
export const UsergroupAddOutlined = iconInterop(UsergroupAddOutlinedModule);
