import 'katex/dist/katex.min.css';
import { memo, useDeferredValue } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import rehypeHighlight from 'rehype-highlight';
import rehypeKatex from 'rehype-katex';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { CodeBlock } from './CodeBlock';

const remarkPlugins = [remarkGfm, remarkMath];
// Highlighting only where the model named a language: guessing re-colours a block as it grows.
const rehypePlugins = [
  [rehypeKatex, { throwOnError: false, errorColor: '#b42318', strict: 'ignore' }],
  [rehypeHighlight, { detect: false }],
] as const;

const components: Components = {
  pre: CodeBlock,
  // Links the model writes open elsewhere and never pass the page's referrer on.
  a: ({ node: _node, ...props }) => <a {...props} target="_blank" rel="noopener noreferrer" />,
  // No images from the model: a school network is no place for arbitrary pictures or trackers.
  img: ({ alt, src }) => (
    <a href={typeof src === 'string' ? src : undefined} target="_blank" rel="noopener noreferrer">
      {alt || src}
    </a>
  ),
  table: ({ node: _node, ...props }) => (
    <div className="md-table">
      <table {...props} />
    </div>
  ),
};

/**
 * A chatbot's answer as Markdown with GitHub's extensions, math (KaTeX) and highlighted code.
 * Raw HTML in the text is shown as text, never interpreted, and only safe link protocols are
 * kept (react-markdown's defaults). While an answer streams, each new piece re-renders the
 * same tree, so React keeps the DOM nodes already shown and only the tail changes; the
 * deferred value lets typing and scrolling go first when pieces arrive quickly.
 */
export const Markdown = memo(function Markdown({ text }: { text: string }) {
  const deferred = useDeferredValue(text);
  return (
    <div className="md">
      <ReactMarkdown
        remarkPlugins={remarkPlugins}
        rehypePlugins={rehypePlugins as never}
        components={components}
      >
        {deferred}
      </ReactMarkdown>
    </div>
  );
});
