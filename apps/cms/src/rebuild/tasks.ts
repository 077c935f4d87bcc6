import type { TaskConfig } from 'payload'

/** The jobs-queue tasks of publish → rebuild (see apps/cms/README.md). */
export const rebuildTasks: TaskConfig[] = []
