// ExécuteAncêtre() hors d'une méthode de classe exécute le code d'un modèle de fenêtre
// ou de champ : une fonction de fenêtre (WL103)
Trace("début")
ExécuteAncêtre() // error: WL103:1 ExécuteAncêtre runs the code of a window or control template: a window function, not available outside the IDE (in a class method it runs the ancestor's version)
