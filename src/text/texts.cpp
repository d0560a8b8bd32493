// Placeholder translation unit until the text module lands.
