// `dh -= dh2` range l'écart de deux instants, une Durée, dans la DateHeure : l'exécution
// s'arrête comme pour `dh = dh - dh2` (une Durée n'est pas un instant ; `wl check` le dit,
// WL110). INFERRED : docs/semantics.md "A Duration stored into a Date or a DateTime".
dhVu est une DateHeure = "20250102103000"
dhEnvoi est une DateHeure = "20250101103000"
duÉcart est une Durée = dhVu - dhEnvoi
Trace(duÉcart) // expect: 1 d
dhVu -= dhEnvoi // expect error: A Duration (1 d) cannot be stored into a DateTime: it is a length of time, not a moment; add it to one (dtStart + du).
