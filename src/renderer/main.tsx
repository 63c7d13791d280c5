import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createApi, MissingTokenError } from './api/createApi';
import './styles/app.css';
import './styles/highlights.css';

const root = createRoot(document.getElementById('root') as HTMLElement);
try {
  root.render(<App api={createApi()} />);
} catch (error) {
  if (!(error instanceof MissingTokenError)) throw error;
  root.render(
    <main className="fatal">
      <h1>Pressmark</h1>
      <p role="alert">{error.message}</p>
    </main>,
  );
}
