// `objet Automation dynamique` : déclaré sans avertissement ; l'appel d'une méthode est une erreur claire
wd est un objet Automation dynamique
Trace("déclaré") // expect: déclaré
wd.Quit() // expect error: ActiveX/OLE is not available: '.quit()'
