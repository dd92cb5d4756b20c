import { useRef } from 'react';
import { RichTextEditor, type RichTextEditorProps } from '@yiqia/web-ui';

/**
 * RichTextEditor that only reports changes the user made. The editor re-serialises stored HTML
 * (and may emit an update when it becomes editable); passing that on would autosave an unchanged
 * booth and turn an approved booth back into a draft just by opening the editor.
 */
export function GuardedRichText({ onChange, ...props }: RichTextEditorProps) {
  const touched = useRef(false);
  const touch = () => {
    touched.current = true;
  };
  return (
    <div onKeyDownCapture={touch} onPointerDownCapture={touch} onPasteCapture={touch} onDropCapture={touch} onCutCapture={touch}>
      <RichTextEditor
        {...props}
        onChange={(html) => {
          if (touched.current) onChange?.(html);
        }}
      />
    </div>
  );
}
