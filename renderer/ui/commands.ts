// Every user action by id: toolbar buttons, keyboard shortcuts and Electron menu commands all
// run the same entry, so a command behaves the same wherever it is triggered.
export interface Command {
  id: string;
  label: string;
  run: () => void;
  enabled?: () => boolean;
}

export interface Commands {
  register(cmd: Command): void;
  run(id: string): boolean;
  get(id: string): Command | undefined;
  isEnabled(id: string): boolean;
}

export function createCommands(): Commands {
  const table = new Map<string, Command>();
  const isEnabled = (id: string) => {
    const c = table.get(id);
    return !!c && (c.enabled?.() ?? true);
  };
  return {
    register: (cmd) => void table.set(cmd.id, cmd),
    get: (id) => table.get(id),
    isEnabled,
    run(id) {
      if (!isEnabled(id)) return false;
      table.get(id)?.run();
      return true;
    },
  };
}
