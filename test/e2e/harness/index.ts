// The end-to-end harness in one import.
export * from './artifacts';
export * from './browser';
export * from './codeServer';
export * from './consoleLog';
export * from './extensionPackage';
export * from './latency';
export * from './paths';
export * from './scenario';
export * from './userSettings';
export * from './webview';
export * from './workbench';
export * from './workspace';
