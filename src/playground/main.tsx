import { render } from 'preact';
import browser from '../shared/browser.js';
import '../shared/ui/base.css';
import './playground.css';
import { PlaygroundApp } from './playground-app.js';

const app = document.getElementById('app');
if (app) render(<PlaygroundApp />, app);

// The real content script, as on a chat page, so hints appear here exactly as they would on Slack.
const script = document.createElement('script');
script.src = browser.runtime.getURL('content.js');
document.body.append(script);
