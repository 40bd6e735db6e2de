/** The options page: team norms and personal settings will live here. */
export function OptionsApp() {
	return (
		<main style={{ maxWidth: '44rem', margin: '2rem auto', padding: '0 1rem' }}>
			<h1>Unhurried settings</h1>
			<p class="muted">Team norms, presets and personal settings.</p>
		</main>
	);
}
