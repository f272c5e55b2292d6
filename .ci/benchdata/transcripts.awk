# transcripts.awk: N long practice sessions (~102 KB each, 139 exchanges with
# nudges and an /undo every 30) in DIR, in the transcript format. Run by .ci/bench.sh.
BEGIN {
	u = "I know I let you down when I missed the dinner, and I am sorry for the way I brushed it off afterwards when you told me how it felt."
	p = "You keep saying that, and I want to believe it, but it was not just the dinner. It was the months of cancelled plans and the way you made me feel like I was asking too much whenever I wanted to see you. I need to know that you understand that part too, not only the evening itself, because that is what hurt."
	nudge = "Name what you did without softening it; the apology lands better without a reason attached."
	for (f = 0; f < N; f++) {
		id = sprintf("20261101-%02d%02d%02d-%04x", int(f / 3600) % 24, int(f / 60) % 60, f % 60, f)
		path = DIR "/" id ".jsonl"
		printf "{\"type\":\"header\",\"format\":1,\"id\":\"%s\",\"started\":\"2026-11-01T%02d:%02d:%02dZ\",\"model\":\"llama3.2\",\"scenario\":{\"name\":\"friend\",\"who\":\"Sam\",\"relationship\":\"friend\",\"mood\":\"hurt\",\"difficulty\":\"normal\"},\"options\":{\"nudge\":true}}\n", id, int(f / 3600) % 24, int(f / 60) % 60, f % 60 > path
		seq = 0
		for (t = 0; t < 139; t++) {
			printf "{\"seq\":%d,\"time\":\"2026-11-01T10:00:00Z\",\"type\":\"user\",\"text\":\"%s\"}\n", ++seq, u > path
			printf "{\"seq\":%d,\"time\":\"2026-11-01T10:00:01Z\",\"type\":\"nudge\",\"text\":\"%s\"}\n", ++seq, nudge > path
			printf "{\"seq\":%d,\"time\":\"2026-11-01T10:00:05Z\",\"type\":\"partner\",\"text\":\"%s\"}\n", ++seq, p > path
			if (t % 30 == 29) printf "{\"seq\":%d,\"time\":\"2026-11-01T10:00:06Z\",\"type\":\"undo\"}\n", ++seq > path
		}
		printf "{\"seq\":%d,\"time\":\"2026-11-01T11:00:00Z\",\"type\":\"end\",\"text\":\"end\"}\n", ++seq > path
		close(path)
	}
}
