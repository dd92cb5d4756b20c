/**
 * Icons by path, not from the @ant-design/icons index: the index is a shared singleton holding every
 * icon (≈190 KB gzip) while these are tree-shaken into this chunk. Other packages may import icons the
 * same way: `import X from '@ant-design/icons/X'` (use `iconInterop` for the default-export typing).
 */
import DeleteOutlinedModule from '@ant-design/icons/DeleteOutlined';
import LoadingOutlinedModule from '@ant-design/icons/LoadingOutlined';
import PlusOutlinedModule from '@ant-design/icons/PlusOutlined';
import SwapOutlinedModule from '@ant-design/icons/SwapOutlined';
import FilePdfOutlinedModule from '@ant-design/icons/FilePdfOutlined';
import UploadOutlinedModule from '@ant-design/icons/UploadOutlined';
import ReloadOutlinedModule from '@ant-design/icons/ReloadOutlined';
import HomeOutlinedModule from '@ant-design/icons/HomeOutlined';
import GlobalOutlinedModule from '@ant-design/icons/GlobalOutlined';
import BoldOutlinedModule from '@ant-design/icons/BoldOutlined';
import ItalicOutlinedModule from '@ant-design/icons/ItalicOutlined';
import LinkOutlinedModule from '@ant-design/icons/LinkOutlined';
import OrderedListOutlinedModule from '@ant-design/icons/OrderedListOutlined';
import RedoOutlinedModule from '@ant-design/icons/RedoOutlined';
import UndoOutlinedModule from '@ant-design/icons/UndoOutlined';
import UnorderedListOutlinedModule from '@ant-design/icons/UnorderedListOutlined';
import UserOutlinedModule from '@ant-design/icons/UserOutlined';
import LogoutOutlinedModule from '@ant-design/icons/LogoutOutlined';
import TeamOutlinedModule from '@ant-design/icons/TeamOutlined';
import AppstoreOutlinedModule from '@ant-design/icons/AppstoreOutlined';
import AuditOutlinedModule from '@ant-design/icons/AuditOutlined';
import MenuOutlinedModule from '@ant-design/icons/MenuOutlined';
import LoginOutlinedModule from '@ant-design/icons/LoginOutlined';
import UserAddOutlinedModule from '@ant-design/icons/UserAddOutlined';
import MailOutlinedModule from '@ant-design/icons/MailOutlined';
import LockOutlinedModule from '@ant-design/icons/LockOutlined';
import BankOutlinedModule from '@ant-design/icons/BankOutlined';
import SafetyCertificateOutlinedModule from '@ant-design/icons/SafetyCertificateOutlined';
import CopyOutlinedModule from '@ant-design/icons/CopyOutlined';
import CheckCircleOutlinedModule from '@ant-design/icons/CheckCircleOutlined';
import ShopOutlinedModule from '@ant-design/icons/ShopOutlined';
import IdcardOutlinedModule from '@ant-design/icons/IdcardOutlined';
import EnvironmentOutlinedModule from '@ant-design/icons/EnvironmentOutlined';
import InfoCircleOutlinedModule from '@ant-design/icons/InfoCircleOutlined';
import CalendarOutlinedModule from '@ant-design/icons/CalendarOutlined';
import ClockCircleOutlinedModule from '@ant-design/icons/ClockCircleOutlined';
import ExclamationCircleOutlinedModule from '@ant-design/icons/ExclamationCircleOutlined';
import DownOutlinedModule from '@ant-design/icons/DownOutlined';

type Icon = typeof import('@ant-design/icons').UserOutlined;

/** es/icons/*.js are ESM in a package without "type": "module"; accept either interop shape. */
export function iconInterop(mod: unknown): Icon {
  return ((mod as { default?: Icon }).default ?? mod) as Icon;
}

export const DeleteOutlined = iconInterop(DeleteOutlinedModule);
export const LoadingOutlined = iconInterop(LoadingOutlinedModule);
export const PlusOutlined = iconInterop(PlusOutlinedModule);
export const SwapOutlined = iconInterop(SwapOutlinedModule);
export const FilePdfOutlined = iconInterop(FilePdfOutlinedModule);
export const UploadOutlined = iconInterop(UploadOutlinedModule);
export const ReloadOutlined = iconInterop(ReloadOutlinedModule);
export const HomeOutlined = iconInterop(HomeOutlinedModule);
export const GlobalOutlined = iconInterop(GlobalOutlinedModule);
export const BoldOutlined = iconInterop(BoldOutlinedModule);
export const ItalicOutlined = iconInterop(ItalicOutlinedModule);
export const LinkOutlined = iconInterop(LinkOutlinedModule);
export const OrderedListOutlined = iconInterop(OrderedListOutlinedModule);
export const RedoOutlined = iconInterop(RedoOutlinedModule);
export const UndoOutlined = iconInterop(UndoOutlinedModule);
export const UnorderedListOutlined = iconInterop(UnorderedListOutlinedModule);
export const UserOutlined = iconInterop(UserOutlinedModule);
export const LogoutOutlined = iconInterop(LogoutOutlinedModule);
export const TeamOutlined = iconInterop(TeamOutlinedModule);
export const AppstoreOutlined = iconInterop(AppstoreOutlinedModule);
export const AuditOutlined = iconInterop(AuditOutlinedModule);
export const MenuOutlined = iconInterop(MenuOutlinedModule);
export const LoginOutlined = iconInterop(LoginOutlinedModule);
export const UserAddOutlined = iconInterop(UserAddOutlinedModule);
export const MailOutlined = iconInterop(MailOutlinedModule);
export const LockOutlined = iconInterop(LockOutlinedModule);
export const BankOutlined = iconInterop(BankOutlinedModule);
export const SafetyCertificateOutlined = iconInterop(SafetyCertificateOutlinedModule);
export const CopyOutlined = iconInterop(CopyOutlinedModule);
export const CheckCircleOutlined = iconInterop(CheckCircleOutlinedModule);
export const ShopOutlined = iconInterop(ShopOutlinedModule);
export const IdcardOutlined = iconInterop(IdcardOutlinedModule);
export const EnvironmentOutlined = iconInterop(EnvironmentOutlinedModule);
export const InfoCircleOutlined = iconInterop(InfoCircleOutlinedModule);
export const CalendarOutlined = iconInterop(CalendarOutlinedModule);
export const ClockCircleOutlined = iconInterop(ClockCircleOutlinedModule);
export const ExclamationCircleOutlined = iconInterop(ExclamationCircleOutlinedModule);
export const DownOutlined = iconInterop(DownOutlinedModule);
