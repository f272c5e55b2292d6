// Command bareclient is the anchor of the first-chat benchmark
// (internal/benchtool/firstchat): the least a Go program can do to ask
// Ollama for a reply, one api.Client.Chat call with the client built from
// OLLAMA_HOST, and nothing else.
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/ollama/ollama/api"
)

func main() {
	c, err := api.ClientFromEnvironment()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	req := &api.ChatRequest{
		Model:    "llama3.2",
		Messages: []api.Message{{Role: "user", Content: "Hi Sam."}},
	}
	err = c.Chat(context.Background(), req, func(r api.ChatResponse) error {
		fmt.Print(r.Message.Content)
		return nil
	})
	fmt.Println()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
