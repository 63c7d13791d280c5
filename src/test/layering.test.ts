/**
 * The layering rule is only worth having if it fires: lint known-bad imports as if they were in
 * each layer and check that each is refused, and that the allowed ones pass.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { ESLint } from 'eslint';

const root = path.resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId?.startsWith('no-restricted')).map((m) => m.message);
}

describe('layering lint rule', () => {
  it('keeps src/shared free of electron, Node, React, the DOM and the other layers', async () => {
    const file = 'src/shared/example.ts';
    expect(await problems(file, "import { app } from 'electron';\nexport const x = app;")).toHaveLength(1);
    expect(await problems(file, "import fs from 'node:fs';\nexport const x = fs;")).toHaveLength(1);
    expect(await problems(file, "import path from 'path';\nexport const x = path;")).toHaveLength(1);
    expect(await problems(file, "import { useState } from 'react';\nexport const x = useState;")).toHaveLength(1);
    expect(await problems(file, "import { openDatabase } from '../main/storage/database';\nexport const x = openDatabase;")).toHaveLength(
      1,
    );
    expect(await problems(file, "import { App } from '../renderer/app/App';\nexport const x = App;")).toHaveLength(1);
    expect(await problems(file, 'export const x = document.title;')).toHaveLength(1);
    expect(await problems(file, 'export const x = process.env;')).toHaveLength(1);
    expect(await problems(file, "import { z } from 'zod';\nexport const x = z;")).toEqual([]);
  });

  it('keeps electron out of the renderer and the plain Node services', async () => {
    expect(await problems('src/renderer/x.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;")).toHaveLength(1);
    expect(
      await problems('src/renderer/x.ts', "import { openDatabase } from '../main/storage/database';\nexport const x = openDatabase;"),
    ).toHaveLength(1);
    expect(await problems('src/renderer/x.ts', "import fs from 'fs';\nexport const x = fs;")).toHaveLength(1);
    expect(await problems('src/main/services/x.ts', "import { app } from 'electron';\nexport const x = app;")).toHaveLength(1);
    expect(await problems('src/main/services/x.ts', "import { App } from '../../renderer/app/App';\nexport const x = App;")).toHaveLength(
      1,
    );
    expect(await problems('src/main/electron/x.ts', "import { app } from 'electron';\nexport const x = app;")).toEqual([]);
    expect(await problems('src/preload/x.ts', "import { contextBridge } from 'electron';\nexport const x = contextBridge;")).toEqual([]);
    expect(await problems('src/preload/x.ts', "import fs from 'node:fs';\nexport const x = fs;")).toHaveLength(1);
  });
});
