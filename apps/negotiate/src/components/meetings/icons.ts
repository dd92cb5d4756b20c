/**
 * Icons by path (tree-shaken into this remote's chunks), not from the @ant-design/icons index.
 */
import { iconInterop } from '@yiqia/web-ui';
import CalendarOutlinedModule from '@ant-design/icons/CalendarOutlined';
import CheckOutlinedModule from '@ant-design/icons/CheckOutlined';
import ClockCircleOutlinedModule from '@ant-design/icons/ClockCircleOutlined';
import CloseCircleOutlinedModule from '@ant-design/icons/CloseCircleOutlined';
import DeleteOutlinedModule from '@ant-design/icons/DeleteOutlined';
import DownloadOutlinedModule from '@ant-design/icons/DownloadOutlined';
import EnvironmentOutlinedModule from '@ant-design/icons/EnvironmentOutlined';
import LeftOutlinedModule from '@ant-design/icons/LeftOutlined';
import PlusOutlinedModule from '@ant-design/icons/PlusOutlined';
import RightOutlinedModule from '@ant-design/icons/RightOutlined';
import ScheduleOutlinedModule from '@ant-design/icons/ScheduleOutlined';
import SendOutlinedModule from '@ant-design/icons/SendOutlined';
import ShopOutlinedModule from '@ant-design/icons/ShopOutlined';
import StopOutlinedModule from '@ant-design/icons/StopOutlined';
import WarningOutlinedModule from '@ant-design/icons/WarningOutlined';

export const CalendarOutlined = iconInterop(CalendarOutlinedModule);
export const CheckOutlined = iconInterop(CheckOutlinedModule);
export const ClockCircleOutlined = iconInterop(ClockCircleOutlinedModule);
export const CloseCircleOutlined = iconInterop(CloseCircleOutlinedModule);
export const DeleteOutlined = iconInterop(DeleteOutlinedModule);
export const DownloadOutlined = iconInterop(DownloadOutlinedModule);
export const EnvironmentOutlined = iconInterop(EnvironmentOutlinedModule);
export const LeftOutlined = iconInterop(LeftOutlinedModule);
export const PlusOutlined = iconInterop(PlusOutlinedModule);
export const RightOutlined = iconInterop(RightOutlinedModule);
export const ScheduleOutlined = iconInterop(ScheduleOutlinedModule);
export const SendOutlined = iconInterop(SendOutlinedModule);
export const ShopOutlined = iconInterop(ShopOutlinedModule);
export const StopOutlined = iconInterop(StopOutlinedModule);
export const WarningOutlined = iconInterop(WarningOutlinedModule);
