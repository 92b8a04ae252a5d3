// une chaîne non fermée est une erreur de syntaxe
Trace("ok")
Trace("pas de fin) // expect error: string
