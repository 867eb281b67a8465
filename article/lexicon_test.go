package article

// The rule tests call the attribution's stages directly, without Attribute,
// so the lexicon is loaded for them here.
func init() { useLexicon() }
