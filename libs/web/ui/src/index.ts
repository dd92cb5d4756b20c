// i18n first: importing @yiqia/web-ui initialises the shared i18next instance.
export {
  DEFAULT_LANG,
  LANGS,
  LANG_STORAGE_KEY,
  addTranslations,
  detectInitialLanguage,
  getLang,
  i18n,
  initI18n,
  normalizeLang,
  setLanguage,
  useLang,
  type Lang,
  type Translations,
} from './i18n/i18n.js';
export { applyDocumentLocale, installLocaleSync } from './locale.js';
export { AppProviders } from './AppProviders.js';
export { renderStandaloneRemote, type StandaloneOptions } from './standalone.js';
export { BRAND_BLUE, BRAND_RED, yiqiaTheme } from './theme.js';
export { domainLabel, orgTypeLabel, resourceTypeLabel, useLabels } from './labels.js';
export { formErrorsFromApi, pathToNamePath, type FormErrorsOptions } from './form-errors.js';
export { EmptyState, type EmptyStateProps } from './components/EmptyState.js';
export { ErrorState, type ErrorStateProps } from './components/ErrorState.js';
export { LoadingState } from './components/LoadingState.js';
export { PageContainer, type PageContainerProps } from './components/PageContainer.js';
export { DomainTag, OrgTypeTag, ResourceTypeTag } from './components/Tags.js';
export { NotFoundState } from './components/NotFoundState.js';
export { RemoteUnavailable } from './components/RemoteUnavailable.js';
export { LanguageSwitch } from './components/LanguageSwitch.js';
export { RegionCascader, loadRegions, type RegionCascaderProps } from './region/RegionCascader.js';
export { RichTextEditor, type RichTextEditorProps } from './rich-text/RichTextEditor.js';
export { EChart, loadEChartsExtras, type EChartProps, type EChartsExtras } from './echart/EChart.js';
export { ImageUploadField, type ImageUploadFieldProps } from './upload/ImageUploadField.js';
export { PdfUploadField, type PdfUploadFieldProps, type UploadedDocument } from './upload/PdfUploadField.js';
export { IMAGE_MAX_BYTES, PDF_MAX_BYTES, checkUploadFile } from './upload/upload-rules.js';
export { iconInterop, DeleteOutlined, LoadingOutlined, PlusOutlined, SwapOutlined, FilePdfOutlined, UploadOutlined, ReloadOutlined, HomeOutlined, GlobalOutlined, BoldOutlined, ItalicOutlined, LinkOutlined, OrderedListOutlined, RedoOutlined, UndoOutlined, UnorderedListOutlined, UserOutlined, LogoutOutlined, TeamOutlined, AppstoreOutlined, AuditOutlined, MenuOutlined, LoginOutlined, UserAddOutlined, MailOutlined, LockOutlined, BankOutlined, SafetyCertificateOutlined, CopyOutlined, CheckCircleOutlined, ShopOutlined, IdcardOutlined, EnvironmentOutlined, InfoCircleOutlined, CalendarOutlined, ClockCircleOutlined, ExclamationCircleOutlined, DownOutlined } from './icons.js';
