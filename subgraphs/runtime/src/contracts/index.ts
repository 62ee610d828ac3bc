export * from './channel';
export * from './channels';
export * from './chat-stream';
export * from './operations';
export * from './unserved';
