"""The published site: terms as Markdown pages (pure) and new site projects."""
