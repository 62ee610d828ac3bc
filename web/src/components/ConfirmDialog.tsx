import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useState, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * An accessible confirmation (Radix AlertDialog: `role="alertdialog"`, focus moved into the
 * dialog and trapped there, Escape cancels, focus returns to the trigger on close). Use it for
 * every destructive or irreversible action instead of `window.confirm`:
 *
 * ```tsx
 * <ConfirmDialog
 *   trigger={<button type="button" className="danger">{t('admin:users.suspend')}</button>}
 *   title={t('admin:users.suspendTitle', { name })}
 *   description={t('admin:users.suspendBody')}
 *   confirmLabel={t('admin:users.suspend')}
 *   destructive
 *   onConfirm={async () => { await suspend({ userId }); }}
 * />
 * ```
 *
 * `onConfirm` may be async: the buttons are disabled while it runs and the dialog closes when
 * it settles. Without `trigger`, pass `open` and `onOpenChange` to control it yourself.
 */
export function ConfirmDialog({
  trigger,
  open,
  onOpenChange,
  title,
  description,
  children,
  confirmLabel,
  cancelLabel,
  destructive,
  onConfirm,
}: {
  trigger?: ReactElement;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  title: ReactNode;
  description: ReactNode;
  /** Extra content between the description and the buttons. */
  children?: ReactNode;
  confirmLabel: ReactNode;
  cancelLabel?: ReactNode;
  destructive?: boolean;
  onConfirm: () => unknown;
}) {
  const { t } = useTranslation();
  const [ownOpen, setOwnOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const isOpen = open ?? ownOpen;
  const setOpen = (next: boolean) => {
    if (open === undefined) setOwnOpen(next);
    onOpenChange?.(next);
  };
  const confirm = async (event: { preventDefault(): void }) => {
    event.preventDefault(); // close after the action settles, not before
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
      setOpen(false);
    }
  };
  return (
    <AlertDialog.Root open={isOpen} onOpenChange={setOpen}>
      {trigger && <AlertDialog.Trigger asChild>{trigger}</AlertDialog.Trigger>}
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog">
          <AlertDialog.Title className="dialog-title">{title}</AlertDialog.Title>
          <AlertDialog.Description className="dialog-description">
            {description}
          </AlertDialog.Description>
          {children}
          <div className="dialog-actions">
            <AlertDialog.Cancel asChild>
              <button type="button" className="secondary" disabled={busy}>
                {cancelLabel ?? t('cancel')}
              </button>
            </AlertDialog.Cancel>
            <AlertDialog.Action asChild>
              <button
                type="button"
                className={destructive ? 'danger' : undefined}
                disabled={busy}
                onClick={(event) => void confirm(event)}
              >
                {confirmLabel}
              </button>
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
