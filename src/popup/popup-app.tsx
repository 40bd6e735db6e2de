import browser from '../shared/browser.js';

/** The popup: what Unhurried is doing here. The norms viewer grows here in later work. */
export function PopupApp() {
	const version = browser.runtime.getManifest().version;
	const open = (path: string) => {
		void browser.tabs.create({ url: browser.runtime.getURL(path) });
		window.close();
	};
	return (
		<main>
			<header>
				<h1>Unhurried</h1>
				<span class="muted">v{version}</span>
			</header>
			<p>
				Hints for clear, calm, asynchronous messages appear where you write. Your drafts never leave this
				device.
			</p>
			<div class="actions">
				<button type="button" onClick={() => open('src/playground/index.html')}>
					Open playground
				</button>
				<button type="button" onClick={() => open('src/options/index.html')}>
					Settings
				</button>
			</div>
		</main>
	);
}
