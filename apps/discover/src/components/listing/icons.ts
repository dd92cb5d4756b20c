/**
 * Icons by path (tree-shaken into this remote; the @ant-design/icons index is a shared singleton
 * holding every icon). Shared by the search page, the listing page and the listing card.
 */
import ArrowLeftOutlinedModule from '@ant-design/icons/ArrowLeftOutlined';
import BankOutlinedModule from '@ant-design/icons/BankOutlined';
import BulbOutlinedModule from '@ant-design/icons/BulbOutlined';
import CalendarOutlinedModule from '@ant-design/icons/CalendarOutlined';
import CheckCircleFilledModule from '@ant-design/icons/CheckCircleFilled';
import ClearOutlinedModule from '@ant-design/icons/ClearOutlined';
import ClockCircleOutlinedModule from '@ant-design/icons/ClockCircleOutlined';
import CloseOutlinedModule from '@ant-design/icons/CloseOutlined';
import DownOutlinedModule from '@ant-design/icons/DownOutlined';
import EditOutlinedModule from '@ant-design/icons/EditOutlined';
import EnvironmentOutlinedModule from '@ant-design/icons/EnvironmentOutlined';
import FilterOutlinedModule from '@ant-design/icons/FilterOutlined';
import InfoCircleOutlinedModule from '@ant-design/icons/InfoCircleOutlined';
import LoginOutlinedModule from '@ant-design/icons/LoginOutlined';
import MessageOutlinedModule from '@ant-design/icons/MessageOutlined';
import PayCircleOutlinedModule from '@ant-design/icons/PayCircleOutlined';
import RightOutlinedModule from '@ant-design/icons/RightOutlined';
import SafetyCertificateFilledModule from '@ant-design/icons/SafetyCertificateFilled';
import SearchOutlinedModule from '@ant-design/icons/SearchOutlined';
import ShopOutlinedModule from '@ant-design/icons/ShopOutlined';
import TagsOutlinedModule from '@ant-design/icons/TagsOutlined';
import TeamOutlinedModule from '@ant-design/icons/TeamOutlined';
import ThunderboltOutlinedModule from '@ant-design/icons/ThunderboltOutlined';
import UpOutlinedModule from '@ant-design/icons/UpOutlined';
import WarningOutlinedModule from '@ant-design/icons/WarningOutlined';
import { iconInterop } from '@yiqia/web-ui';

export const ArrowLeftOutlined = iconInterop(ArrowLeftOutlinedModule);
export const BankOutlined = iconInterop(BankOutlinedModule);
export const BulbOutlined = iconInterop(BulbOutlinedModule);
export const CalendarOutlined = iconInterop(CalendarOutlinedModule);
export const CheckCircleFilled = iconInterop(CheckCircleFilledModule);
export const ClearOutlined = iconInterop(ClearOutlinedModule);
export const ClockCircleOutlined = iconInterop(ClockCircleOutlinedModule);
export const CloseOutlined = iconInterop(CloseOutlinedModule);
export const DownOutlined = iconInterop(DownOutlinedModule);
export const EditOutlined = iconInterop(EditOutlinedModule);
export const EnvironmentOutlined = iconInterop(EnvironmentOutlinedModule);
export const FilterOutlined = iconInterop(FilterOutlinedModule);
export const InfoCircleOutlined = iconInterop(InfoCircleOutlinedModule);
export const LoginOutlined = iconInterop(LoginOutlinedModule);
export const MessageOutlined = iconInterop(MessageOutlinedModule);
export const PayCircleOutlined = iconInterop(PayCircleOutlinedModule);
export const RightOutlined = iconInterop(RightOutlinedModule);
export const SafetyCertificateFilled = iconInterop(SafetyCertificateFilledModule);
export const SearchOutlined = iconInterop(SearchOutlinedModule);
export const ShopOutlined = iconInterop(ShopOutlinedModule);
export const TagsOutlined = iconInterop(TagsOutlinedModule);
export const TeamOutlined = iconInterop(TeamOutlinedModule);
export const ThunderboltOutlined = iconInterop(ThunderboltOutlinedModule);
export const UpOutlined = iconInterop(UpOutlinedModule);
export const WarningOutlined = iconInterop(WarningOutlinedModule);
