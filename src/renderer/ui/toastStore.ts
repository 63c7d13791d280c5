/**
 * Short messages at the bottom of the window ("Quote deleted. Undo"), one store for the app.
 */
export interface Toast {
  id: number;
  message: string;
  action?: { label: string; run: () => void };
}

const TOAST_MS = 8000;

export class ToastStore {
  private toasts: readonly Toast[] = [];
  private nextId = 1;
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = () => this.toasts;

  readonly show = (message: string, action?: Toast['action']): void => {
    const toast: Toast = action ? { id: this.nextId++, message, action } : { id: this.nextId++, message };
    this.set([...this.toasts.slice(-3), toast]);
    setTimeout(() => this.dismiss(toast.id), TOAST_MS);
  };

  readonly dismiss = (id: number): void => {
    this.set(this.toasts.filter((toast) => toast.id !== id));
  };

  private set(toasts: readonly Toast[]): void {
    this.toasts = toasts;
    this.listeners.forEach((listener) => listener());
  }
}
