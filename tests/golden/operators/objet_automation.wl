// obj>>Membre sur un objet automation : analysé, mais erreur claire à l'exécution
xl est un variant
Trace(xl>>Version) // expect error: ActiveX/OLE is not available
