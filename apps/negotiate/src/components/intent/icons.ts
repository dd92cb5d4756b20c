/**
 * Icons by path (tree-shaken into this remote's chunks), not from the @ant-design/icons index.
 */
import { iconInterop } from '@yiqia/web-ui';
import ArrowRightOutlinedModule from '@ant-design/icons/ArrowRightOutlined';
import AuditOutlinedModule from '@ant-design/icons/AuditOutlined';
import CheckCircleFilledModule from '@ant-design/icons/CheckCircleFilled';
import ClockCircleOutlinedModule from '@ant-design/icons/ClockCircleOutlined';
import DiffOutlinedModule from '@ant-design/icons/DiffOutlined';
import EditOutlinedModule from '@ant-design/icons/EditOutlined';
import FileProtectOutlinedModule from '@ant-design/icons/FileProtectOutlined';
import HistoryOutlinedModule from '@ant-design/icons/HistoryOutlined';
import LockOutlinedModule from '@ant-design/icons/LockOutlined';
import PrinterOutlinedModule from '@ant-design/icons/PrinterOutlined';
import RollbackOutlinedModule from '@ant-design/icons/RollbackOutlined';
import SafetyCertificateOutlinedModule from '@ant-design/icons/SafetyCertificateOutlined';
import StopOutlinedModule from '@ant-design/icons/StopOutlined';

export const ArrowRightOutlined = iconInterop(ArrowRightOutlinedModule);
export const AuditOutlined = iconInterop(AuditOutlinedModule);
export const CheckCircleFilled = iconInterop(CheckCircleFilledModule);
export const ClockCircleOutlined = iconInterop(ClockCircleOutlinedModule);
export const DiffOutlined = iconInterop(DiffOutlinedModule);
export const EditOutlined = iconInterop(EditOutlinedModule);
export const FileProtectOutlined = iconInterop(FileProtectOutlinedModule);
export const HistoryOutlined = iconInterop(HistoryOutlinedModule);
export const LockOutlined = iconInterop(LockOutlinedModule);
export const PrinterOutlined = iconInterop(PrinterOutlinedModule);
export const RollbackOutlined = iconInterop(RollbackOutlinedModule);
export const SafetyCertificateOutlined = iconInterop(SafetyCertificateOutlinedModule);
export const StopOutlined = iconInterop(StopOutlinedModule);
