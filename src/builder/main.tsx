import { render } from 'preact';
import '../shared/ui/base.css';
import './builder.css';
import { BuilderApp } from './builder-app.js';

const app = document.getElementById('app');
if (app) render(<BuilderApp />, app);
