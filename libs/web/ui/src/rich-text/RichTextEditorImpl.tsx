import {
  BoldOutlined,
  ItalicOutlined,
  LinkOutlined,
  OrderedListOutlined,
  RedoOutlined,
  UndoOutlined,
  UnorderedListOutlined,
} from '../icons.js';
import { Button, Divider, Flex, Input, Popover, Space, Tooltip, Typography, theme } from 'antd';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RichTextEditorProps } from './RichTextEditor.js';

const URL_RE = /^https?:\/\/[^\s]+$/i;

const EDITOR_CSS = `
.yiqia-rte .ProseMirror { outline: none; min-height: var(--yiqia-rte-min-height, 200px); padding: 12px 14px; line-height: 1.75; font-size: 14px; }
.yiqia-rte .ProseMirror > *:first-child { margin-top: 0; }
.yiqia-rte .ProseMirror h2 { font-size: 20px; margin: 16px 0 8px; font-weight: 600; }
.yiqia-rte .ProseMirror h3 { font-size: 16px; margin: 14px 0 6px; font-weight: 600; }
.yiqia-rte .ProseMirror p { margin: 0 0 8px; }
.yiqia-rte .ProseMirror ul, .yiqia-rte .ProseMirror ol { padding-left: 24px; margin: 0 0 8px; }
.yiqia-rte .ProseMirror a { color: var(--yiqia-rte-link, #1f5fa8); text-decoration: underline; }
.yiqia-rte .ProseMirror blockquote { border-left: 3px solid #d9d9d9; margin: 0 0 8px; padding-left: 12px; color: #595959; }
`;

function ToolButton({ label, active, disabled, onClick, icon, children, testId }: { label: string; active?: boolean; disabled?: boolean; onClick: () => void; icon?: ReactNode; children?: ReactNode; testId: string }) {
  return (
    <Tooltip title={label} mouseEnterDelay={0.4}>
      <Button
        type={active ? 'primary' : 'text'}
        ghost={false}
        size="small"
        icon={icon}
        aria-label={label}
        aria-pressed={active}
        disabled={disabled}
        onMouseDown={(e) => e.preventDefault()}
        onClick={onClick}
        data-testid={testId}
      >
        {children}
      </Button>
    </Tooltip>
  );
}

function LinkButton({ editor, disabled }: { editor: Editor; disabled?: boolean }) {
  const { t } = useTranslation('ui');
  const [open, setOpen] = useState(false);
  const [url, setUrl] = useState('');
  const [invalid, setInvalid] = useState(false);
  const active = useEditorState({ editor, selector: ({ editor: e }) => e.isActive('link') });
  const apply = () => {
    const v = url.trim();
    if (!URL_RE.test(v)) {
      setInvalid(true);
      return;
    }
    editor.chain().focus().extendMarkRange('link').setLink({ href: v }).run();
    setOpen(false);
  };
  return (
    <Popover
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (o) {
          setUrl((editor.getAttributes('link').href as string | undefined) ?? '');
          setInvalid(false);
        }
      }}
      trigger="click"
      content={
        <Flex vertical gap={8} style={{ width: 280 }}>
          <Typography.Text strong>{t('editor.linkUrl')}</Typography.Text>
          <Input
            value={url}
            onChange={(e) => {
              setUrl(e.target.value);
              setInvalid(false);
            }}
            onPressEnter={apply}
            placeholder="https://"
            status={invalid ? 'error' : undefined}
            aria-label={t('editor.linkUrl')}
            data-testid="rte-link-input"
            autoFocus
          />
          {invalid ? <Typography.Text type="danger">{t('editor.linkInvalid')}</Typography.Text> : null}
          <Flex justify="flex-end" gap={8}>
            {active ? (
              <Button
                size="small"
                onClick={() => {
                  editor.chain().focus().extendMarkRange('link').unsetLink().run();
                  setOpen(false);
                }}
                data-testid="rte-link-remove"
              >
                {t('editor.linkRemove')}
              </Button>
            ) : null}
            <Button size="small" type="primary" onClick={apply} data-testid="rte-link-apply">
              {t('editor.linkApply')}
            </Button>
          </Flex>
        </Flex>
      }
    >
      <span>
        <ToolButton label={t('editor.link')} active={active} disabled={disabled} icon={<LinkOutlined />} onClick={() => setOpen(true)} testId="rte-link" />
      </span>
    </Popover>
  );
}

function Toolbar({ editor, disabled }: { editor: Editor; disabled?: boolean }) {
  const { t } = useTranslation('ui');
  const s = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  return (
    <div role="toolbar" aria-label={t('editor.toolbar')} style={{ padding: '4px 6px', borderBottom: '1px solid #f0f0f0', display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
      <Space size={2} wrap>
        <ToolButton label={t('editor.bold')} active={s.bold} disabled={disabled} icon={<BoldOutlined />} onClick={() => editor.chain().focus().toggleBold().run()} testId="rte-bold" />
        <ToolButton label={t('editor.italic')} active={s.italic} disabled={disabled} icon={<ItalicOutlined />} onClick={() => editor.chain().focus().toggleItalic().run()} testId="rte-italic" />
        <ToolButton label={t('editor.heading2')} active={s.h2} disabled={disabled} onClick={() => editor.chain().focus().toggleHeading({ level: 2 }).run()} testId="rte-h2">
          {t('editor.heading2Short')}
        </ToolButton>
        <ToolButton label={t('editor.heading3')} active={s.h3} disabled={disabled} onClick={() => editor.chain().focus().toggleHeading({ level: 3 }).run()} testId="rte-h3">
          {t('editor.heading3Short')}
        </ToolButton>
      </Space>
      <Divider orientation="vertical" />
      <Space size={2} wrap>
        <ToolButton label={t('editor.bulletList')} active={s.bullet} disabled={disabled} icon={<UnorderedListOutlined />} onClick={() => editor.chain().focus().toggleBulletList().run()} testId="rte-bullet-list" />
        <ToolButton label={t('editor.orderedList')} active={s.ordered} disabled={disabled} icon={<OrderedListOutlined />} onClick={() => editor.chain().focus().toggleOrderedList().run()} testId="rte-ordered-list" />
        <LinkButton editor={editor} disabled={disabled} />
      </Space>
      <Divider orientation="vertical" />
      <Space size={2}>
        <ToolButton label={t('editor.undo')} disabled={disabled || !s.canUndo} icon={<UndoOutlined />} onClick={() => editor.chain().focus().undo().run()} testId="rte-undo" />
        <ToolButton label={t('editor.redo')} disabled={disabled || !s.canRedo} icon={<RedoOutlined />} onClick={() => editor.chain().focus().redo().run()} testId="rte-redo" />
      </Space>
    </div>
  );
}

export default function RichTextEditorImpl({ value, onChange, placeholder, disabled, minHeight = 200, id, 'data-testid': testId = 'rich-text-editor', 'aria-label': ariaLabel }: RichTextEditorProps) {
  const { t } = useTranslation('ui');
  const { token } = theme.useToken();
  const lastEmitted = useRef<string | undefined>(value);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const placeholderText = placeholder ?? t('editor.placeholder');

  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        codeBlock: false,
        code: false,
        link: { openOnClick: false, autolink: true, defaultProtocol: 'https', protocols: ['http', 'https'], HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: '_blank' } },
      }),
    ],
    content: value ?? '',
    editable: !disabled,
    editorProps: {
      attributes: {
        ...(id ? { id } : {}),
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': ariaLabel ?? placeholderText,
        'data-testid': `${testId}-content`,
      },
    },
    onUpdate: ({ editor: e }) => {
      const html = e.isEmpty ? '' : e.getHTML();
      lastEmitted.current = html;
      onChangeRef.current?.(html);
    },
  });

  // Outside changes (form reset, loaded data) replace the content without echoing onChange.
  useEffect(() => {
    if (!editor) return;
    const next = value ?? '';
    if (next === lastEmitted.current) return;
    const current = editor.isEmpty ? '' : editor.getHTML();
    if (next !== current) editor.commands.setContent(next, { emitUpdate: false });
    lastEmitted.current = next;
  }, [editor, value]);

  // Toggling editability is not a user edit: emitUpdate=false, or merely opening a form would report
  // a change (and autosave an approved booth back into a draft).
  useEffect(() => {
    editor?.setEditable(!disabled, false);
  }, [editor, disabled]);

  const isEmpty = useEditorState({ editor, selector: ({ editor: e }) => e?.isEmpty ?? true });

  return (
    <div
      className="yiqia-rte"
      data-testid={testId}
      style={
        {
          border: `1px solid ${token.colorBorder}`,
          borderRadius: token.borderRadius,
          background: disabled ? token.colorBgContainerDisabled : token.colorBgContainer,
          '--yiqia-rte-min-height': `${minHeight}px`,
          '--yiqia-rte-link': token.colorLink,
        } as CSSProperties
      }
    >
      <style href="yiqia-rich-text-editor" precedence="default">
        {EDITOR_CSS}
      </style>
      {editor ? <Toolbar editor={editor} disabled={disabled} /> : null}
      <div style={{ position: 'relative' }}>
        {isEmpty ? (
          <div aria-hidden style={{ position: 'absolute', top: 12, left: 14, right: 14, color: token.colorTextPlaceholder, pointerEvents: 'none', lineHeight: 1.75 }}>
            {placeholderText}
          </div>
        ) : null}
        <EditorContent editor={editor} />
      </div>
    </div>
  );
}
