# reflections.awk: N reflections (Markdown, ~1 KB each) in DIR, as
# amends reflect writes them. Run by .ci/bench.sh.
BEGIN {
	for (f = 0; f < N; f++) {
		id = sprintf("2025-01-02-%02d%02d%02d", int(f / 3600) % 24, int(f / 60) % 60, f % 60)
		path = DIR "/" id ".md"
		printf "---\nid: %s\nstarted: 2025-01-02T%02d:%02d:%02dZ\nwho: Sam\nformat: 1\n---\n\n# Reflection: Sam\n\n_Thursday 2 January 2025_\n", id, int(f / 3600) % 24, int(f / 60) % 60, f % 60 > path
		printf "\n## What part did I play in how things went wrong?\n\nI went quiet for three months and let the messages pile up without an answer.\n" > path
		printf "\n## How might it have felt from where they stood?\n\nLike being dropped without a word, after years of being the one who called first.\n" > path
		printf "\n## What do I miss about them, and what do I value in them?\n\nOur long walks, and how she always noticed when something was wrong before I said it.\n" > path
		printf "\n## What do I want to happen now?\n\nTo say sorry properly, and to ask if we could meet, without pushing for an answer.\n" > path
		close(path)
	}
}
