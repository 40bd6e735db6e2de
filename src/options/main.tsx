import { render } from 'preact';
import '../shared/ui/base.css';
import './options.css';
import { OptionsApp } from './options-app.js';

const app = document.getElementById('app');
if (app) render(<OptionsApp />, app);
