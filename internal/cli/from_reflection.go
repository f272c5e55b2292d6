package cli

import (
	"fmt"

	"github.com/amends-cli/amends/internal/reflection"
	"github.com/amends-cli/amends/internal/usage"
)

// fromReflection reads the reflection that --from-reflection names ("last",
// an id, or a unique prefix of one) and returns what it says about the
// scene. A reflection with nothing to go on is a usage error naming it.
func fromReflection(f *Factory, ref string) (reflection.Scene, string, error) {
	store, err := reflectStore(f)
	if err != nil {
		return reflection.Scene{}, "", err
	}
	id, err := store.Resolve(ref)
	if err != nil {
		return reflection.Scene{}, "", usage.Errorf("--from-reflection: %w (amends reflect list shows them)", err)
	}
	e, err := store.Read(id)
	if err != nil {
		return reflection.Scene{}, "", err
	}
	sc := e.Scene()
	if sc.What == "" && sc.TheirSide == "" && sc.Background == "" {
		return sc, id, usage.Errorf("--from-reflection: reflection %s has no answers to use; answer it with amends reflect --who %s", id, quoteForShell(e.Who))
	}
	return sc, id, nil
}

// reflectionNote says where the scene came from.
func reflectionNote(id string) string {
	return fmt.Sprintf("Using your reflection %s.", id)
}
