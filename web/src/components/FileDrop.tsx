import { type DragEvent, useId, useState } from 'react';
import { useI18n } from '../i18n/i18n';

/**
 * Files by drag and drop or by the file chooser. The chooser is a real, labelled file input, so it
 * works from the keyboard and with screen readers; the drop area around it is a convenience.
 */
export function FileDrop({
  label,
  files,
  onChange,
  multiple = false,
  accept = 'application/pdf,image/jpeg,image/png,image/tiff,.pdf,.jpg,.jpeg,.png,.tif,.tiff',
}: {
  label: string;
  files: File[];
  onChange(files: File[]): void;
  multiple?: boolean;
  accept?: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const [isOver, setIsOver] = useState(false);
  const add = (added: File[]) => onChange(multiple ? [...files, ...added] : added.slice(0, 1));
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setIsOver(false);
    add([...event.dataTransfer.files]);
  };
  return (
    <fieldset
      className={`drop${isOver ? ' drop-over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setIsOver(true);
      }}
      onDragLeave={() => setIsOver(false)}
      onDrop={onDrop}
      data-testid="drop"
    >
      <label htmlFor={id} className="drop-label">
        <strong>{label}</strong>
        <span className="muted">{t('upload.drop')}</span>
      </label>
      <input
        id={id}
        type="file"
        accept={accept}
        multiple={multiple}
        onChange={(event) => {
          add([...(event.target.files ?? [])]);
          event.target.value = '';
        }}
      />
      {files.length > 0 && (
        <ul className="file-list">
          {files.map((file, i) => (
            <li key={`${file.name}-${file.size}-${file.lastModified}`}>
              <span>{file.name}</span>
              <span className="muted"> ({Math.max(1, Math.round(file.size / 1024))} KB)</span>
              <button
                type="button"
                className="link-button"
                onClick={() => onChange(files.filter((_, j) => j !== i))}
                aria-label={t('upload.remove', { name: file.name })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
