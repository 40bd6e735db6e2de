import { render } from 'preact';
import '../shared/ui/base.css';
import './popup.css';
import { PopupApp } from './popup-app.js';

const app = document.getElementById('app');
if (app) render(<PopupApp />, app);
