import { useEffect, useState } from 'preact/hooks';
import { shortcuts, type Shortcut } from '../../src/platform/shortcuts';

/** The first-run page: the three steps, and the keys as the browser has them bound now. */
export function Welcome() {
  const [keys, setKeys] = useState<Shortcut[] | null>(null);
  useEffect(() => {
    void shortcuts().then(setKeys, () => setKeys([]));
  }, []);
  return (
    <main class="welcome" aria-labelledby="welcome-heading">
      <h2 id="welcome-heading">Welcome to Kubelist Curator</h2>
      <ol class="steps">
        <li>
          <strong>Clip.</strong> On an article worth sharing, click the toolbar button (pin it from the puzzle-piece menu). The
          title and address are filled in and cleaned.
        </li>
        <li>
          <strong>Write.</strong> Type the blurb and end it with an emoji, the Kubelist way. It is saved as you type.
        </li>
        <li>
          <strong>Export.</strong> In the <a href="#draft">Draft</a>, set the number, headline and intro, put the items in order
          and download <code>kubelist-{'{number}'}.md</code>.
        </li>
      </ol>
      <h3>Shortcut keys</h3>
      {keys === null ? (
        <p class="note">Reading your shortcuts…</p>
      ) : (
        <table class="shortcuts">
          <tbody>
            {keys.map((key) => (
              <tr key={key.name}>
                <th scope="row">{key.shortcut || 'Not set'}</th>
                <td>{key.description}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">Ctrl+Enter</th>
              <td>In the popup: add to the issue</td>
            </tr>
            <tr>
              <th scope="row">Alt+↑ / Alt+↓</th>
              <td>In the editor, inside an item: move it</td>
            </tr>
          </tbody>
        </table>
      )}
      <p class="note">Change the keys at chrome://extensions/shortcuts.</p>
    </main>
  );
}
