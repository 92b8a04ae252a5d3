// un objet d'une classe qui n'est ni celle de la variable ni dérivée d'elle : WL110
CAnimal est une Classe
    m_sNom est une chaîne
FIN
CVoiture est une Classe
    m_nRoues est un entier
FIN
a est un CAnimal dynamique = allouer un CVoiture // error: WL110:1 an object of the class CVoiture cannot be stored in 'a', a CAnimal: CVoiture is not CAnimal nor derived from it
Trace(a)
