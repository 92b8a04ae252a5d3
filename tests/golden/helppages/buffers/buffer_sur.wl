// Page d'aide "Buffer (Type de variable)" (?1514042) : un `Buffer sur <Taille>` manipule
// "une zone mémoire dont la taille (en octets) est fixée à la compilation". La suite de
// la page (opérations sur les buffers fixes) manque à la copie lue : le reste est notre
// décision (docs/builtins.md "Buffer") : toujours N octets, une valeur plus longue
// coupée, une plus courte complétée par des 0 binaires.
bufFixe est un Buffer sur 3
Trace(Taille(bufFixe), BufferVersHexa(bufFixe)) // expect: 3, 00 00 00
bufFixe = "ABCDEF"
Trace(bufFixe, Taille(bufFixe))         // expect: ABC, 3
bufFixe = "A"
Trace(BufferVersHexa(bufFixe))          // expect: 41 00 00
STAvecBuffer est une Structure
	Octets est un Buffer sur 2
FIN
st est un STAvecBuffer
st.Octets = "XYZ"
Trace(st.Octets, Taille(st.Octets))     // expect: XY, 2
