import { Skeleton } from 'antd';
import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';

export interface RichTextEditorProps {
  /** HTML. */
  value?: string;
  onChange?: (html: string) => void;
  placeholder?: string;
  disabled?: boolean;
  /** Minimum height of the editing area in px (default 200). */
  minHeight?: number;
  id?: string;
  'data-testid'?: string;
  'aria-label'?: string;
}

// tiptap/ProseMirror are loaded only when an editor is shown (a separate chunk).
const Impl = lazy(() => import('./RichTextEditorImpl.js'));

/** Rich text (tiptap 3): bold, italic, headings, lists, links, undo/redo. Value and onChange are HTML. */
export function RichTextEditor(props: RichTextEditorProps) {
  const { t } = useTranslation('ui');
  return (
    <Suspense
      fallback={
        <div aria-busy="true" aria-label={t('editor.loading')} style={{ border: '1px solid #d9d9d9', borderRadius: 6, padding: 12, minHeight: props.minHeight ?? 200 }}>
          <Skeleton active paragraph={{ rows: 4 }} title={false} />
        </div>
      }
    >
      <Impl {...props} />
    </Suspense>
  );
}
