/**
 * Icons by path (tree-shaken into this remote's chunks), not from the @ant-design/icons index.
 * Used by the inbox, rooms and chat.
 */
import { iconInterop } from '@yiqia/web-ui';
import ArrowDownOutlinedModule from '@ant-design/icons/ArrowDownOutlined';
import ArrowLeftOutlinedModule from '@ant-design/icons/ArrowLeftOutlined';
import CheckOutlinedModule from '@ant-design/icons/CheckOutlined';
import ClockCircleOutlinedModule from '@ant-design/icons/ClockCircleOutlined';
import CloseCircleOutlinedModule from '@ant-design/icons/CloseCircleOutlined';
import CloseOutlinedModule from '@ant-design/icons/CloseOutlined';
import DisconnectOutlinedModule from '@ant-design/icons/DisconnectOutlined';
import ExclamationCircleFilledModule from '@ant-design/icons/ExclamationCircleFilled';
import FilePdfOutlinedModule from '@ant-design/icons/FilePdfOutlined';
import LockOutlinedModule from '@ant-design/icons/LockOutlined';
import MessageOutlinedModule from '@ant-design/icons/MessageOutlined';
import MoreOutlinedModule from '@ant-design/icons/MoreOutlined';
import PaperClipOutlinedModule from '@ant-design/icons/PaperClipOutlined';
import PlusOutlinedModule from '@ant-design/icons/PlusOutlined';
import SearchOutlinedModule from '@ant-design/icons/SearchOutlined';
import SendOutlinedModule from '@ant-design/icons/SendOutlined';
import StopOutlinedModule from '@ant-design/icons/StopOutlined';
import TeamOutlinedModule from '@ant-design/icons/TeamOutlined';
import UserAddOutlinedModule from '@ant-design/icons/UserAddOutlined';
import InfoCircleOutlinedModule from '@ant-design/icons/InfoCircleOutlined';
import LinkOutlinedModule from '@ant-design/icons/LinkOutlined';
import ReloadOutlinedModule from '@ant-design/icons/ReloadOutlined';
import DeleteOutlinedModule from '@ant-design/icons/DeleteOutlined';
import CommentOutlinedModule from '@ant-design/icons/CommentOutlined';

export const ArrowDownOutlined = iconInterop(ArrowDownOutlinedModule);
export const ArrowLeftOutlined = iconInterop(ArrowLeftOutlinedModule);
export const CheckOutlined = iconInterop(CheckOutlinedModule);
export const ClockCircleOutlined = iconInterop(ClockCircleOutlinedModule);
export const CloseCircleOutlined = iconInterop(CloseCircleOutlinedModule);
export const CloseOutlined = iconInterop(CloseOutlinedModule);
export const DisconnectOutlined = iconInterop(DisconnectOutlinedModule);
export const ExclamationCircleFilled = iconInterop(ExclamationCircleFilledModule);
export const FilePdfOutlined = iconInterop(FilePdfOutlinedModule);
export const LockOutlined = iconInterop(LockOutlinedModule);
export const MessageOutlined = iconInterop(MessageOutlinedModule);
export const MoreOutlined = iconInterop(MoreOutlinedModule);
export const PaperClipOutlined = iconInterop(PaperClipOutlinedModule);
export const PlusOutlined = iconInterop(PlusOutlinedModule);
export const SearchOutlined = iconInterop(SearchOutlinedModule);
export const SendOutlined = iconInterop(SendOutlinedModule);
export const StopOutlined = iconInterop(StopOutlinedModule);
export const TeamOutlined = iconInterop(TeamOutlinedModule);
export const UserAddOutlined = iconInterop(UserAddOutlinedModule);
export const InfoCircleOutlined = iconInterop(InfoCircleOutlinedModule);
export const LinkOutlined = iconInterop(LinkOutlinedModule);
export const ReloadOutlined = iconInterop(ReloadOutlinedModule);
export const DeleteOutlined = iconInterop(DeleteOutlinedModule);
export const CommentOutlined = iconInterop(CommentOutlinedModule);
