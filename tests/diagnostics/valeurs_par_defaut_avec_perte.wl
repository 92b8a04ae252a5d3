// Un paramètre entier dont la valeur par défaut perd sa partie décimale ou n'est pas un
// nombre (voir lossy_parameter_defaults.wl)
P()
PROCÉDURE P(x est un entier = "douze", y est un entier = 12) // warning: WL206:13 'x' is an integer: the text "douze" is not a number and is stored as 0
Trace(x, y)
