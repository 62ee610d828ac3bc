import type { StreamEvent } from '../../chat/conversationState';

/** Where a student's latest answer stands on their tile. */
export type TileStatus = 'WAITING' | 'STREAMING' | 'COMPLETED' | 'STOPPED' | 'FAILED';

/** One student's tile: their latest conversation and the answer being written in it. */
export interface Tile {
  readonly studentId: string;
  readonly name: string;
  readonly sessionId: string;
  /** The answer shown; null until the first answer of this conversation is seen. */
  readonly messageId: string | null;
  /** The answer's text so far. */
  readonly text: string;
  readonly status: TileStatus;
  /** Open flags raised on this student while the screen was open or listed at load. */
  readonly flagged: boolean;
  /** Epoch ms of the latest activity. */
  readonly lastActivity: number;
  /** Set when the conversation's stream was refused or lost; `refollow` tries again. */
  readonly lost: boolean;
}

/**
 * What the store needs to follow one conversation's `chatStream`: events go to `onEvent`, a
 * refusal or a lost stream to `onLost`. Returns how to stop.
 */
export type FollowStream = (
  sessionId: string,
  onEvent: (event: StreamEvent) => void,
  onLost: () => void,
) => () => void;

/** What a class activity event tells the store. */
export interface ActivityHint {
  readonly kind: string;
  readonly studentId: string;
  readonly name: string;
  readonly sessionId: string;
  readonly messageId: string;
  readonly at: string;
}

/** How the class feed's events about an answer end it, when its stream missed the end. */
const ENDED_BY_ACTIVITY: Partial<Record<string, TileStatus>> = {
  ANSWER_FINISHED: 'COMPLETED',
  ANSWER_STOPPED: 'STOPPED',
  ANSWER_FAILED: 'FAILED',
};

const TERMINAL: Partial<Record<StreamEvent['__typename'], TileStatus>> = {
  ChatStreamCompleted: 'COMPLETED',
  ChatStreamStopped: 'STOPPED',
  ChatStreamFailed: 'FAILED',
};

/** The browser's frame scheduler (declared here: the store's tests run without the DOM library). */
const browserFrames = globalThis as unknown as {
  requestAnimationFrame(run: () => void): number;
  cancelAnimationFrame(handle: number): void;
};

/** Only this much of an answer is kept on a tile (the end of it is what a teacher glances at). */
export const TILE_TEXT_CHARS = 1200;

const tail = (text: string) =>
  text.length > TILE_TEXT_CHARS ? text.slice(text.length - TILE_TEXT_CHARS) : text;

/**
 * The live tiles of mission control, outside React. Streams of thirty students can bring
 * hundreds of deltas a second; each is folded here at once, and subscribers hear about the
 * tiles that changed at most once per animation frame, so the page re-renders only the
 * changed tiles, once a frame, however fast the answers stream.
 */
export class MissionStore {
  private readonly tiles = new Map<string, Tile>();
  private readonly sequence = new Map<string, number>();
  private readonly following = new Map<string, { sessionId: string; stop: () => void }>();
  private readonly listeners = new Map<string, Set<() => void>>();
  private readonly dirty = new Set<string>();
  private order: readonly string[] = [];
  private frame: number | null = null;

  constructor(
    private readonly follow: FollowStream,
    private readonly schedule: (run: () => void) => number = (run) =>
      browserFrames.requestAnimationFrame(run),
    private readonly cancel: (handle: number) => void = (handle) =>
      browserFrames.cancelAnimationFrame(handle),
  ) {}

  /** A student's tile, or undefined. The same object until it changes. */
  tile(studentId: string): Tile | undefined {
    return this.tiles.get(studentId);
  }

  /** Student ids of every tile, by name: a tile never moves under the pointer. */
  ids(): readonly string[] {
    return this.order;
  }

  /** Calls `listener` after frames in which `key` (a student id, or `'*'` for the list) changed. */
  subscribe(key: string, listener: () => void): () => void {
    let set = this.listeners.get(key);
    if (!set) this.listeners.set(key, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  /** A class activity event: opens or moves the student's tile and follows their conversation. */
  activity(hint: ActivityHint): void {
    const at = Date.parse(hint.at) || Date.now();
    const current = this.tiles.get(hint.studentId);
    if (current && current.lastActivity > at && current.sessionId !== hint.sessionId) return;
    const moved = !current || current.sessionId !== hint.sessionId;
    const flagged = (current?.flagged ?? false) || hint.kind === 'FLAG_RAISED';
    const ended = ENDED_BY_ACTIVITY[hint.kind];
    const sameAnswer = current?.messageId === hint.messageId || current?.messageId === null;
    const status: TileStatus =
      hint.kind === 'ANSWER_STARTED' && current?.messageId !== hint.messageId
        ? 'STREAMING'
        : ended && current?.status === 'STREAMING' && sameAnswer
          ? ended
          : (current?.status ?? 'WAITING');
    this.put({
      studentId: hint.studentId,
      name: hint.name,
      sessionId: hint.sessionId,
      messageId: moved ? null : (current?.messageId ?? null),
      text: moved ? '' : (current?.text ?? ''),
      status: moved && hint.kind !== 'ANSWER_STARTED' ? 'WAITING' : status,
      flagged,
      lastActivity: Math.max(at, current?.lastActivity ?? 0),
      lost: moved ? false : (current?.lost ?? false),
    });
    if (moved) this.followSession(hint.studentId, hint.sessionId);
  }

  /** Marks a student's tile as flagged (an open flag in the alert header). */
  flag(studentId: string): void {
    const current = this.tiles.get(studentId);
    if (current && !current.flagged) this.put({ ...current, flagged: true });
  }

  /** Follows a student's conversation again after its stream was lost. */
  refollow(studentId: string): void {
    const current = this.tiles.get(studentId);
    if (!current) return;
    this.put({ ...current, lost: false });
    this.followSession(studentId, current.sessionId);
  }

  /** Stops following every conversation. */
  close(): void {
    for (const { stop } of this.following.values()) stop();
    this.following.clear();
    if (this.frame !== null) this.cancel(this.frame);
    this.frame = null;
  }

  private followSession(studentId: string, sessionId: string): void {
    this.following.get(studentId)?.stop();
    const stop = this.follow(
      sessionId,
      (event) => this.streamEvent(studentId, sessionId, event),
      () => {
        const current = this.tiles.get(studentId);
        if (current?.sessionId === sessionId && !current.lost) this.put({ ...current, lost: true });
      },
    );
    this.following.set(studentId, { sessionId, stop });
  }

  private streamEvent(studentId: string, sessionId: string, event: StreamEvent): void {
    const current = this.tiles.get(studentId);
    if (!current || current.sessionId !== sessionId) return;
    // A teacher's note travels on the same stream; it is not the answer.
    if (event.__typename === 'ChatStreamSupervisorNote') return;
    const id = event.messageId;
    const last = this.sequence.get(id) ?? 0;
    if (event.__typename !== 'ChatStreamSnapshot' && event.sequence <= last) return;
    this.sequence.set(id, Math.max(last, event.sequence));
    const same = current.messageId === id;
    const text = same ? current.text : '';
    const base = { ...current, messageId: id };
    switch (event.__typename) {
      case 'ChatStreamStarted':
        return this.put({ ...base, text: '', status: 'STREAMING' });
      case 'ChatStreamSnapshot':
        return this.put({ ...base, text: tail(event.text), status: 'STREAMING' });
      case 'ChatStreamTextDelta':
        return this.put({ ...base, text: tail(text + event.text), status: 'STREAMING' });
      case 'ChatStreamCompleted':
      case 'ChatStreamStopped':
      case 'ChatStreamFailed':
        return this.put({
          ...base,
          text: tail(event.message.content),
          status: TERMINAL[event.__typename]!,
        });
      default:
        return;
    }
  }

  private put(tile: Tile): void {
    const before = this.tiles.get(tile.studentId);
    this.tiles.set(tile.studentId, tile);
    this.dirty.add(tile.studentId);
    if (!before || before.name !== tile.name) this.dirty.add('*');
    if (this.frame === null) this.frame = this.schedule(() => this.flush());
  }

  private flush(): void {
    this.frame = null;
    const changed = [...this.dirty];
    this.dirty.clear();
    if (changed.includes('*')) this.order = this.sorted();
    for (const key of changed) for (const listener of this.listeners.get(key) ?? []) listener();
  }

  private sorted(): string[] {
    return [...this.tiles.values()]
      .sort((a, b) => a.name.localeCompare(b.name) || a.studentId.localeCompare(b.studentId))
      .map((tile) => tile.studentId);
  }
}
