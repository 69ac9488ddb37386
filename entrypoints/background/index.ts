export default defineBackground(() => {
  // Placeholder: the knowledge base loader lands with the extension work of issue #2.
});
