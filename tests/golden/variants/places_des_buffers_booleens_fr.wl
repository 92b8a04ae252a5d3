// Produit par tests/golden/value_places.py : Buffers et booléens rangés dans
// chaque sorte de place, par les mêmes opérations ; chaque ligne attend ce
// qu'une variable locale affiche.
// buffer rangé dans : local
x_bufferlocal est un Buffer = "AB"
Trace(Taille(x_bufferlocal)) // expect: 2
Trace(x_bufferlocal + "Q") // expect: ABQ
Trace(BufferVersHexa(x_bufferlocal)) // expect: 41 42
Trace(x_bufferlocal[[2]]) // expect: B
Trace(x_bufferlocal = "AB") // expect: 1
Trace(TypeVar(x_bufferlocal)) // expect: 30
Trace(x_bufferlocal) // expect: AB
x_bufferlocal += "D"
Trace(x_bufferlocal) // expect: ABD
x_bufferlocal[[1]] = "Z"
Trace(x_bufferlocal) // expect: ZBD
// buffer rangé dans : struct
ST_bufferstruct est une Structure
	m est un Buffer
FIN
st_bufferstruct est un ST_bufferstruct
st_bufferstruct.m = "AB"
Trace(Taille(st_bufferstruct.m)) // expect: 2
Trace(st_bufferstruct.m + "Q") // expect: ABQ
Trace(BufferVersHexa(st_bufferstruct.m)) // expect: 41 42
Trace(st_bufferstruct.m[[2]]) // expect: B
Trace(st_bufferstruct.m = "AB") // expect: 1
Trace(TypeVar(st_bufferstruct.m)) // expect: 30
Trace(st_bufferstruct.m) // expect: AB
st_bufferstruct.m += "D"
Trace(st_bufferstruct.m) // expect: ABD
st_bufferstruct.m[[1]] = "Z"
Trace(st_bufferstruct.m) // expect: ZBD
// buffer rangé dans : array
arr_bufferarray est un tableau de 2 Buffer
arr_bufferarray[1] = "AB"
Trace(Taille(arr_bufferarray[1])) // expect: 2
Trace(arr_bufferarray[1] + "Q") // expect: ABQ
Trace(BufferVersHexa(arr_bufferarray[1])) // expect: 41 42
Trace(arr_bufferarray[1][[2]]) // expect: B
Trace(arr_bufferarray[1] = "AB") // expect: 1
Trace(TypeVar(arr_bufferarray[1])) // expect: 30
Trace(arr_bufferarray[1]) // expect: AB
arr_bufferarray[1] += "D"
Trace(arr_bufferarray[1]) // expect: ABD
arr_bufferarray[1][[1]] = "Z"
Trace(arr_bufferarray[1]) // expect: ZBD
// buffer rangé dans : dynarray
arr_bufferdynarray est un tableau de Buffer
TableauAjoute(arr_bufferdynarray, "AB")
Trace(Taille(arr_bufferdynarray[1])) // expect: 2
Trace(arr_bufferdynarray[1] + "Q") // expect: ABQ
Trace(BufferVersHexa(arr_bufferdynarray[1])) // expect: 41 42
Trace(arr_bufferdynarray[1][[2]]) // expect: B
Trace(arr_bufferdynarray[1] = "AB") // expect: 1
Trace(TypeVar(arr_bufferdynarray[1])) // expect: 30
Trace(arr_bufferdynarray[1]) // expect: AB
arr_bufferdynarray[1] += "D"
Trace(arr_bufferdynarray[1]) // expect: ABD
arr_bufferdynarray[1][[1]] = "Z"
Trace(arr_bufferdynarray[1]) // expect: ZBD
// buffer rangé dans : assoc
aa_bufferassoc est un tableau associatif de Buffer
aa_bufferassoc["k"] = "AB"
Trace(Taille(aa_bufferassoc["k"])) // expect: 2
Trace(aa_bufferassoc["k"] + "Q") // expect: ABQ
Trace(BufferVersHexa(aa_bufferassoc["k"])) // expect: 41 42
Trace(aa_bufferassoc["k"][[2]]) // expect: B
Trace(aa_bufferassoc["k"] = "AB") // expect: 1
Trace(TypeVar(aa_bufferassoc["k"])) // expect: 30
Trace(aa_bufferassoc["k"]) // expect: AB
aa_bufferassoc["k"] += "D"
Trace(aa_bufferassoc["k"]) // expect: ABD
aa_bufferassoc["k"][[1]] = "Z"
Trace(aa_bufferassoc["k"]) // expect: ZBD
// buffer rangé dans : assoc_struct
ST_bufferassocstruct est une Structure
	m est un Buffer
FIN
aa_bufferassocstruct est un tableau associatif de ST_bufferassocstruct
aa_bufferassocstruct["k"].m = "AB"
Trace(Taille(aa_bufferassocstruct["k"].m)) // expect: 2
Trace(aa_bufferassocstruct["k"].m + "Q") // expect: ABQ
Trace(BufferVersHexa(aa_bufferassocstruct["k"].m)) // expect: 41 42
Trace(aa_bufferassocstruct["k"].m[[2]]) // expect: B
Trace(aa_bufferassocstruct["k"].m = "AB") // expect: 1
Trace(TypeVar(aa_bufferassocstruct["k"].m)) // expect: 30
Trace(aa_bufferassocstruct["k"].m) // expect: AB
aa_bufferassocstruct["k"].m += "D"
Trace(aa_bufferassocstruct["k"].m) // expect: ABD
aa_bufferassocstruct["k"].m[[1]] = "Z"
Trace(aa_bufferassocstruct["k"].m) // expect: ZBD
// buffer rangé dans : class_dot
C_bufferclassdot est une Classe
	m est un Buffer
FIN
o_bufferclassdot est un C_bufferclassdot
o_bufferclassdot.m = "AB"
Trace(Taille(o_bufferclassdot.m)) // expect: 2
Trace(o_bufferclassdot.m + "Q") // expect: ABQ
Trace(BufferVersHexa(o_bufferclassdot.m)) // expect: 41 42
Trace(o_bufferclassdot.m[[2]]) // expect: B
Trace(o_bufferclassdot.m = "AB") // expect: 1
Trace(TypeVar(o_bufferclassdot.m)) // expect: 30
Trace(o_bufferclassdot.m) // expect: AB
o_bufferclassdot.m += "D"
Trace(o_bufferclassdot.m) // expect: ABD
o_bufferclassdot.m[[1]] = "Z"
Trace(o_bufferclassdot.m) // expect: ZBD
// buffer rangé dans : class_loop
C_bufferclassloop est une Classe
	m est un Buffer
FIN
o_bufferclassloop est un C_bufferclassloop
o_bufferclassloop.m = "AB"
POUR i_bufferclassloop = 1 _À_ 1
	Trace(Taille(o_bufferclassloop.m)) // expect: 2
	Trace(o_bufferclassloop.m + "Q") // expect: ABQ
	Trace(BufferVersHexa(o_bufferclassloop.m)) // expect: 41 42
	Trace(o_bufferclassloop.m[[2]]) // expect: B
	Trace(o_bufferclassloop.m = "AB") // expect: 1
	Trace(TypeVar(o_bufferclassloop.m)) // expect: 30
	Trace(o_bufferclassloop.m) // expect: AB
	o_bufferclassloop.m += "D"
	Trace(o_bufferclassloop.m) // expect: ABD
	o_bufferclassloop.m[[1]] = "Z"
	Trace(o_bufferclassloop.m) // expect: ZBD
FIN
// buffer rangé dans : global_member
C_bufferglobalmember est une Classe
	GLOBAL g est un Buffer
FIN
C_bufferglobalmember::g = "AB"
Trace(Taille(C_bufferglobalmember::g)) // expect: 2
Trace(C_bufferglobalmember::g + "Q") // expect: ABQ
Trace(BufferVersHexa(C_bufferglobalmember::g)) // expect: 41 42
Trace(C_bufferglobalmember::g[[2]]) // expect: B
Trace(C_bufferglobalmember::g = "AB") // expect: 1
Trace(TypeVar(C_bufferglobalmember::g)) // expect: 30
Trace(C_bufferglobalmember::g) // expect: AB
C_bufferglobalmember::g += "D"
Trace(C_bufferglobalmember::g) // expect: ABD
C_bufferglobalmember::g[[1]] = "Z"
Trace(C_bufferglobalmember::g) // expect: ZBD
// buffer rangé dans : global_dot
C_bufferglobaldot est une Classe
	GLOBAL g est un Buffer
FIN
C_bufferglobaldot.g = "AB"
Trace(Taille(C_bufferglobaldot.g)) // expect: 2
Trace(C_bufferglobaldot.g + "Q") // expect: ABQ
Trace(BufferVersHexa(C_bufferglobaldot.g)) // expect: 41 42
Trace(C_bufferglobaldot.g[[2]]) // expect: B
Trace(C_bufferglobaldot.g = "AB") // expect: 1
Trace(TypeVar(C_bufferglobaldot.g)) // expect: 30
Trace(C_bufferglobaldot.g) // expect: AB
C_bufferglobaldot.g += "D"
Trace(C_bufferglobaldot.g) // expect: ABD
C_bufferglobaldot.g[[1]] = "Z"
Trace(C_bufferglobaldot.g) // expect: ZBD
// buffer rangé dans : global_obj
C_bufferglobalobj est une Classe
	GLOBAL g est un Buffer
FIN
o_bufferglobalobj est un C_bufferglobalobj
o_bufferglobalobj.g = "AB"
Trace(Taille(o_bufferglobalobj.g)) // expect: 2
Trace(o_bufferglobalobj.g + "Q") // expect: ABQ
Trace(BufferVersHexa(o_bufferglobalobj.g)) // expect: 41 42
Trace(o_bufferglobalobj.g[[2]]) // expect: B
Trace(o_bufferglobalobj.g = "AB") // expect: 1
Trace(TypeVar(o_bufferglobalobj.g)) // expect: 30
Trace(o_bufferglobalobj.g) // expect: AB
o_bufferglobalobj.g += "D"
Trace(o_bufferglobalobj.g) // expect: ABD
o_bufferglobalobj.g[[1]] = "Z"
Trace(o_bufferglobalobj.g) // expect: ZBD
// buffer rangé dans : struct_array
ST_bufferstructarray est une Structure
	a est un tableau de Buffer
FIN
st_bufferstructarray est un ST_bufferstructarray
TableauAjoute(st_bufferstructarray.a, "AB")
Trace(Taille(st_bufferstructarray.a[1])) // expect: 2
Trace(st_bufferstructarray.a[1] + "Q") // expect: ABQ
Trace(BufferVersHexa(st_bufferstructarray.a[1])) // expect: 41 42
Trace(st_bufferstructarray.a[1][[2]]) // expect: B
Trace(st_bufferstructarray.a[1] = "AB") // expect: 1
Trace(TypeVar(st_bufferstructarray.a[1])) // expect: 30
Trace(st_bufferstructarray.a[1]) // expect: AB
st_bufferstructarray.a[1] += "D"
Trace(st_bufferstructarray.a[1]) // expect: ABD
st_bufferstructarray.a[1][[1]] = "Z"
Trace(st_bufferstructarray.a[1]) // expect: ZBD
// buffer rangé dans : array_of_struct
ST_bufferarrayofstruct est une Structure
	m est un Buffer
FIN
arr_bufferarrayofstruct est un tableau de ST_bufferarrayofstruct
st_bufferarrayofstruct est un ST_bufferarrayofstruct
st_bufferarrayofstruct.m = "AB"
TableauAjoute(arr_bufferarrayofstruct, st_bufferarrayofstruct)
Trace(Taille(arr_bufferarrayofstruct[1].m)) // expect: 2
Trace(arr_bufferarrayofstruct[1].m + "Q") // expect: ABQ
Trace(BufferVersHexa(arr_bufferarrayofstruct[1].m)) // expect: 41 42
Trace(arr_bufferarrayofstruct[1].m[[2]]) // expect: B
Trace(arr_bufferarrayofstruct[1].m = "AB") // expect: 1
Trace(TypeVar(arr_bufferarrayofstruct[1].m)) // expect: 30
Trace(arr_bufferarrayofstruct[1].m) // expect: AB
arr_bufferarrayofstruct[1].m += "D"
Trace(arr_bufferarrayofstruct[1].m) // expect: ABD
arr_bufferarrayofstruct[1].m[[1]] = "Z"
Trace(arr_bufferarrayofstruct[1].m) // expect: ZBD
// buffer rangé dans : struct_in_class
ST_bufferstructinclass est une Structure
	m est un Buffer
FIN
C_bufferstructinclass est une Classe
	s est un ST_bufferstructinclass
FIN
o_bufferstructinclass est un C_bufferstructinclass
o_bufferstructinclass.s.m = "AB"
Trace(Taille(o_bufferstructinclass.s.m)) // expect: 2
Trace(o_bufferstructinclass.s.m + "Q") // expect: ABQ
Trace(BufferVersHexa(o_bufferstructinclass.s.m)) // expect: 41 42
Trace(o_bufferstructinclass.s.m[[2]]) // expect: B
Trace(o_bufferstructinclass.s.m = "AB") // expect: 1
Trace(TypeVar(o_bufferstructinclass.s.m)) // expect: 30
Trace(o_bufferstructinclass.s.m) // expect: AB
o_bufferstructinclass.s.m += "D"
Trace(o_bufferstructinclass.s.m) // expect: ABD
o_bufferstructinclass.s.m[[1]] = "Z"
Trace(o_bufferstructinclass.s.m) // expect: ZBD
// buffer rangé dans : variant
x0_buffervariant est un Buffer = "AB"
v_buffervariant est un Variant = x0_buffervariant
Trace(Taille(v_buffervariant)) // expect: 2
Trace(v_buffervariant + "Q") // expect: ABQ
Trace(BufferVersHexa(v_buffervariant)) // expect: 41 42
Trace(v_buffervariant[[2]]) // expect: B
Trace(v_buffervariant = "AB") // expect: 1
Trace(TypeVar(v_buffervariant)) // expect: 30
Trace(v_buffervariant) // expect: AB
v_buffervariant += "D"
Trace(v_buffervariant) // expect: ABD
v_buffervariant[[1]] = "Z"
Trace(v_buffervariant) // expect: ZBD
// buffer rangé dans : foreach
arr_bufferforeach est un tableau de Buffer
TableauAjoute(arr_bufferforeach, "AB")
POUR TOUT e_bufferforeach DE arr_bufferforeach
	Trace(Taille(e_bufferforeach)) // expect: 2
	Trace(e_bufferforeach + "Q") // expect: ABQ
	Trace(BufferVersHexa(e_bufferforeach)) // expect: 41 42
	Trace(e_bufferforeach[[2]]) // expect: B
	Trace(e_bufferforeach = "AB") // expect: 1
	Trace(TypeVar(e_bufferforeach)) // expect: 30
	Trace(e_bufferforeach) // expect: AB
	e_bufferforeach += "D"
	Trace(e_bufferforeach) // expect: ABD
	e_bufferforeach[[1]] = "Z"
	Trace(e_bufferforeach) // expect: ZBD
FIN
// buffer rangé dans : foreach_struct
ST_bufferforeachstruct est une Structure
	m est un Buffer
FIN
arr_bufferforeachstruct est un tableau de ST_bufferforeachstruct
st_bufferforeachstruct est un ST_bufferforeachstruct
st_bufferforeachstruct.m = "AB"
TableauAjoute(arr_bufferforeachstruct, st_bufferforeachstruct)
POUR TOUT e_bufferforeachstruct DE arr_bufferforeachstruct
	Trace(Taille(e_bufferforeachstruct.m)) // expect: 2
	Trace(e_bufferforeachstruct.m + "Q") // expect: ABQ
	Trace(BufferVersHexa(e_bufferforeachstruct.m)) // expect: 41 42
	Trace(e_bufferforeachstruct.m[[2]]) // expect: B
	Trace(e_bufferforeachstruct.m = "AB") // expect: 1
	Trace(TypeVar(e_bufferforeachstruct.m)) // expect: 30
	Trace(e_bufferforeachstruct.m) // expect: AB
	e_bufferforeachstruct.m += "D"
	Trace(e_bufferforeachstruct.m) // expect: ABD
	e_bufferforeachstruct.m[[1]] = "Z"
	Trace(e_bufferforeachstruct.m) // expect: ZBD
FIN
// buffer rangé dans : return
Trace(Taille(F_bufferreturn())) // expect: 2
Trace(F_bufferreturn() + "Q") // expect: ABQ
Trace(BufferVersHexa(F_bufferreturn())) // expect: 41 42
Trace(F_bufferreturn()[[2]]) // expect: B
Trace(F_bufferreturn() = "AB") // expect: 1
Trace(TypeVar(F_bufferreturn())) // expect: 30
Trace(F_bufferreturn()) // expect: AB
// buffer rangé dans : return_untyped
Trace(Taille(F_bufferreturnuntyped())) // expect: 2
Trace(F_bufferreturnuntyped() + "Q") // expect: ABQ
Trace(BufferVersHexa(F_bufferreturnuntyped())) // expect: 41 42
Trace(F_bufferreturnuntyped()[[2]]) // expect: B
Trace(F_bufferreturnuntyped() = "AB") // expect: 1
Trace(TypeVar(F_bufferreturnuntyped())) // expect: 30
Trace(F_bufferreturnuntyped()) // expect: AB
// buffer rangé dans : reference
x0_bufferreference est un Buffer = "AB"
r_bufferreference est un Variant
r_bufferreference <- x0_bufferreference
Trace(Taille(r_bufferreference)) // expect: 2
Trace(r_bufferreference + "Q") // expect: ABQ
Trace(BufferVersHexa(r_bufferreference)) // expect: 41 42
Trace(r_bufferreference[[2]]) // expect: B
Trace(r_bufferreference = "AB") // expect: 1
Trace(TypeVar(r_bufferreference)) // expect: 30
Trace(r_bufferreference) // expect: AB
r_bufferreference += "D"
Trace(r_bufferreference) // expect: ABD
r_bufferreference[[1]] = "Z"
Trace(r_bufferreference) // expect: ZBD
// buffer rangé dans : method_return
C_buffermethodreturn est une Classe
FIN
o_buffermethodreturn est un C_buffermethodreturn
Trace(Taille(o_buffermethodreturn.F_buffermethodreturn())) // expect: 2
Trace(o_buffermethodreturn.F_buffermethodreturn() + "Q") // expect: ABQ
Trace(BufferVersHexa(o_buffermethodreturn.F_buffermethodreturn())) // expect: 41 42
Trace(o_buffermethodreturn.F_buffermethodreturn()[[2]]) // expect: B
Trace(o_buffermethodreturn.F_buffermethodreturn() = "AB") // expect: 1
Trace(TypeVar(o_buffermethodreturn.F_buffermethodreturn())) // expect: 30
Trace(o_buffermethodreturn.F_buffermethodreturn()) // expect: AB
// booléen rangé dans : local
x_booleanlocal est un booléen = Vrai
Trace(PAS x_booleanlocal) // expect: 0
Trace(x_booleanlocal ET Faux) // expect: 0
Trace(x_booleanlocal OU Faux) // expect: 1
Trace(x_booleanlocal = Vrai) // expect: 1
Trace(x_booleanlocal + 1) // expect: 2
Trace(TypeVar(x_booleanlocal)) // expect: 1
Trace(x_booleanlocal) // expect: 1
x_booleanlocal = PAS x_booleanlocal
Trace(x_booleanlocal) // expect: 0
x_booleanlocal = 1
Trace(x_booleanlocal) // expect: 1
// booléen rangé dans : struct
ST_booleanstruct est une Structure
	m est un booléen
FIN
st_booleanstruct est un ST_booleanstruct
st_booleanstruct.m = Vrai
Trace(PAS st_booleanstruct.m) // expect: 0
Trace(st_booleanstruct.m ET Faux) // expect: 0
Trace(st_booleanstruct.m OU Faux) // expect: 1
Trace(st_booleanstruct.m = Vrai) // expect: 1
Trace(st_booleanstruct.m + 1) // expect: 2
Trace(TypeVar(st_booleanstruct.m)) // expect: 1
Trace(st_booleanstruct.m) // expect: 1
st_booleanstruct.m = PAS st_booleanstruct.m
Trace(st_booleanstruct.m) // expect: 0
st_booleanstruct.m = 1
Trace(st_booleanstruct.m) // expect: 1
// booléen rangé dans : array
arr_booleanarray est un tableau de 2 booléen
arr_booleanarray[1] = Vrai
Trace(PAS arr_booleanarray[1]) // expect: 0
Trace(arr_booleanarray[1] ET Faux) // expect: 0
Trace(arr_booleanarray[1] OU Faux) // expect: 1
Trace(arr_booleanarray[1] = Vrai) // expect: 1
Trace(arr_booleanarray[1] + 1) // expect: 2
Trace(TypeVar(arr_booleanarray[1])) // expect: 1
Trace(arr_booleanarray[1]) // expect: 1
arr_booleanarray[1] = PAS arr_booleanarray[1]
Trace(arr_booleanarray[1]) // expect: 0
arr_booleanarray[1] = 1
Trace(arr_booleanarray[1]) // expect: 1
// booléen rangé dans : dynarray
arr_booleandynarray est un tableau de booléen
TableauAjoute(arr_booleandynarray, Vrai)
Trace(PAS arr_booleandynarray[1]) // expect: 0
Trace(arr_booleandynarray[1] ET Faux) // expect: 0
Trace(arr_booleandynarray[1] OU Faux) // expect: 1
Trace(arr_booleandynarray[1] = Vrai) // expect: 1
Trace(arr_booleandynarray[1] + 1) // expect: 2
Trace(TypeVar(arr_booleandynarray[1])) // expect: 1
Trace(arr_booleandynarray[1]) // expect: 1
arr_booleandynarray[1] = PAS arr_booleandynarray[1]
Trace(arr_booleandynarray[1]) // expect: 0
arr_booleandynarray[1] = 1
Trace(arr_booleandynarray[1]) // expect: 1
// booléen rangé dans : assoc
aa_booleanassoc est un tableau associatif de booléen
aa_booleanassoc["k"] = Vrai
Trace(PAS aa_booleanassoc["k"]) // expect: 0
Trace(aa_booleanassoc["k"] ET Faux) // expect: 0
Trace(aa_booleanassoc["k"] OU Faux) // expect: 1
Trace(aa_booleanassoc["k"] = Vrai) // expect: 1
Trace(aa_booleanassoc["k"] + 1) // expect: 2
Trace(TypeVar(aa_booleanassoc["k"])) // expect: 1
Trace(aa_booleanassoc["k"]) // expect: 1
aa_booleanassoc["k"] = PAS aa_booleanassoc["k"]
Trace(aa_booleanassoc["k"]) // expect: 0
aa_booleanassoc["k"] = 1
Trace(aa_booleanassoc["k"]) // expect: 1
// booléen rangé dans : assoc_struct
ST_booleanassocstruct est une Structure
	m est un booléen
FIN
aa_booleanassocstruct est un tableau associatif de ST_booleanassocstruct
aa_booleanassocstruct["k"].m = Vrai
Trace(PAS aa_booleanassocstruct["k"].m) // expect: 0
Trace(aa_booleanassocstruct["k"].m ET Faux) // expect: 0
Trace(aa_booleanassocstruct["k"].m OU Faux) // expect: 1
Trace(aa_booleanassocstruct["k"].m = Vrai) // expect: 1
Trace(aa_booleanassocstruct["k"].m + 1) // expect: 2
Trace(TypeVar(aa_booleanassocstruct["k"].m)) // expect: 1
Trace(aa_booleanassocstruct["k"].m) // expect: 1
aa_booleanassocstruct["k"].m = PAS aa_booleanassocstruct["k"].m
Trace(aa_booleanassocstruct["k"].m) // expect: 0
aa_booleanassocstruct["k"].m = 1
Trace(aa_booleanassocstruct["k"].m) // expect: 1
// booléen rangé dans : class_dot
C_booleanclassdot est une Classe
	m est un booléen
FIN
o_booleanclassdot est un C_booleanclassdot
o_booleanclassdot.m = Vrai
Trace(PAS o_booleanclassdot.m) // expect: 0
Trace(o_booleanclassdot.m ET Faux) // expect: 0
Trace(o_booleanclassdot.m OU Faux) // expect: 1
Trace(o_booleanclassdot.m = Vrai) // expect: 1
Trace(o_booleanclassdot.m + 1) // expect: 2
Trace(TypeVar(o_booleanclassdot.m)) // expect: 1
Trace(o_booleanclassdot.m) // expect: 1
o_booleanclassdot.m = PAS o_booleanclassdot.m
Trace(o_booleanclassdot.m) // expect: 0
o_booleanclassdot.m = 1
Trace(o_booleanclassdot.m) // expect: 1
// booléen rangé dans : class_loop
C_booleanclassloop est une Classe
	m est un booléen
FIN
o_booleanclassloop est un C_booleanclassloop
o_booleanclassloop.m = Vrai
POUR i_booleanclassloop = 1 _À_ 1
	Trace(PAS o_booleanclassloop.m) // expect: 0
	Trace(o_booleanclassloop.m ET Faux) // expect: 0
	Trace(o_booleanclassloop.m OU Faux) // expect: 1
	Trace(o_booleanclassloop.m = Vrai) // expect: 1
	Trace(o_booleanclassloop.m + 1) // expect: 2
	Trace(TypeVar(o_booleanclassloop.m)) // expect: 1
	Trace(o_booleanclassloop.m) // expect: 1
	o_booleanclassloop.m = PAS o_booleanclassloop.m
	Trace(o_booleanclassloop.m) // expect: 0
	o_booleanclassloop.m = 1
	Trace(o_booleanclassloop.m) // expect: 1
FIN
// booléen rangé dans : global_member
C_booleanglobalmember est une Classe
	GLOBAL g est un booléen
FIN
C_booleanglobalmember::g = Vrai
Trace(PAS C_booleanglobalmember::g) // expect: 0
Trace(C_booleanglobalmember::g ET Faux) // expect: 0
Trace(C_booleanglobalmember::g OU Faux) // expect: 1
Trace(C_booleanglobalmember::g = Vrai) // expect: 1
Trace(C_booleanglobalmember::g + 1) // expect: 2
Trace(TypeVar(C_booleanglobalmember::g)) // expect: 1
Trace(C_booleanglobalmember::g) // expect: 1
C_booleanglobalmember::g = PAS C_booleanglobalmember::g
Trace(C_booleanglobalmember::g) // expect: 0
C_booleanglobalmember::g = 1
Trace(C_booleanglobalmember::g) // expect: 1
// booléen rangé dans : global_dot
C_booleanglobaldot est une Classe
	GLOBAL g est un booléen
FIN
C_booleanglobaldot.g = Vrai
Trace(PAS C_booleanglobaldot.g) // expect: 0
Trace(C_booleanglobaldot.g ET Faux) // expect: 0
Trace(C_booleanglobaldot.g OU Faux) // expect: 1
Trace(C_booleanglobaldot.g = Vrai) // expect: 1
Trace(C_booleanglobaldot.g + 1) // expect: 2
Trace(TypeVar(C_booleanglobaldot.g)) // expect: 1
Trace(C_booleanglobaldot.g) // expect: 1
C_booleanglobaldot.g = PAS C_booleanglobaldot.g
Trace(C_booleanglobaldot.g) // expect: 0
C_booleanglobaldot.g = 1
Trace(C_booleanglobaldot.g) // expect: 1
// booléen rangé dans : global_obj
C_booleanglobalobj est une Classe
	GLOBAL g est un booléen
FIN
o_booleanglobalobj est un C_booleanglobalobj
o_booleanglobalobj.g = Vrai
Trace(PAS o_booleanglobalobj.g) // expect: 0
Trace(o_booleanglobalobj.g ET Faux) // expect: 0
Trace(o_booleanglobalobj.g OU Faux) // expect: 1
Trace(o_booleanglobalobj.g = Vrai) // expect: 1
Trace(o_booleanglobalobj.g + 1) // expect: 2
Trace(TypeVar(o_booleanglobalobj.g)) // expect: 1
Trace(o_booleanglobalobj.g) // expect: 1
o_booleanglobalobj.g = PAS o_booleanglobalobj.g
Trace(o_booleanglobalobj.g) // expect: 0
o_booleanglobalobj.g = 1
Trace(o_booleanglobalobj.g) // expect: 1
// booléen rangé dans : struct_array
ST_booleanstructarray est une Structure
	a est un tableau de booléen
FIN
st_booleanstructarray est un ST_booleanstructarray
TableauAjoute(st_booleanstructarray.a, Vrai)
Trace(PAS st_booleanstructarray.a[1]) // expect: 0
Trace(st_booleanstructarray.a[1] ET Faux) // expect: 0
Trace(st_booleanstructarray.a[1] OU Faux) // expect: 1
Trace(st_booleanstructarray.a[1] = Vrai) // expect: 1
Trace(st_booleanstructarray.a[1] + 1) // expect: 2
Trace(TypeVar(st_booleanstructarray.a[1])) // expect: 1
Trace(st_booleanstructarray.a[1]) // expect: 1
st_booleanstructarray.a[1] = PAS st_booleanstructarray.a[1]
Trace(st_booleanstructarray.a[1]) // expect: 0
st_booleanstructarray.a[1] = 1
Trace(st_booleanstructarray.a[1]) // expect: 1
// booléen rangé dans : array_of_struct
ST_booleanarrayofstruct est une Structure
	m est un booléen
FIN
arr_booleanarrayofstruct est un tableau de ST_booleanarrayofstruct
st_booleanarrayofstruct est un ST_booleanarrayofstruct
st_booleanarrayofstruct.m = Vrai
TableauAjoute(arr_booleanarrayofstruct, st_booleanarrayofstruct)
Trace(PAS arr_booleanarrayofstruct[1].m) // expect: 0
Trace(arr_booleanarrayofstruct[1].m ET Faux) // expect: 0
Trace(arr_booleanarrayofstruct[1].m OU Faux) // expect: 1
Trace(arr_booleanarrayofstruct[1].m = Vrai) // expect: 1
Trace(arr_booleanarrayofstruct[1].m + 1) // expect: 2
Trace(TypeVar(arr_booleanarrayofstruct[1].m)) // expect: 1
Trace(arr_booleanarrayofstruct[1].m) // expect: 1
arr_booleanarrayofstruct[1].m = PAS arr_booleanarrayofstruct[1].m
Trace(arr_booleanarrayofstruct[1].m) // expect: 0
arr_booleanarrayofstruct[1].m = 1
Trace(arr_booleanarrayofstruct[1].m) // expect: 1
// booléen rangé dans : struct_in_class
ST_booleanstructinclass est une Structure
	m est un booléen
FIN
C_booleanstructinclass est une Classe
	s est un ST_booleanstructinclass
FIN
o_booleanstructinclass est un C_booleanstructinclass
o_booleanstructinclass.s.m = Vrai
Trace(PAS o_booleanstructinclass.s.m) // expect: 0
Trace(o_booleanstructinclass.s.m ET Faux) // expect: 0
Trace(o_booleanstructinclass.s.m OU Faux) // expect: 1
Trace(o_booleanstructinclass.s.m = Vrai) // expect: 1
Trace(o_booleanstructinclass.s.m + 1) // expect: 2
Trace(TypeVar(o_booleanstructinclass.s.m)) // expect: 1
Trace(o_booleanstructinclass.s.m) // expect: 1
o_booleanstructinclass.s.m = PAS o_booleanstructinclass.s.m
Trace(o_booleanstructinclass.s.m) // expect: 0
o_booleanstructinclass.s.m = 1
Trace(o_booleanstructinclass.s.m) // expect: 1
// booléen rangé dans : variant
x0_booleanvariant est un booléen = Vrai
v_booleanvariant est un Variant = x0_booleanvariant
Trace(PAS v_booleanvariant) // expect: 0
Trace(v_booleanvariant ET Faux) // expect: 0
Trace(v_booleanvariant OU Faux) // expect: 1
Trace(v_booleanvariant = Vrai) // expect: 1
Trace(v_booleanvariant + 1) // expect: 2
Trace(TypeVar(v_booleanvariant)) // expect: 1
Trace(v_booleanvariant) // expect: 1
v_booleanvariant = PAS v_booleanvariant
Trace(v_booleanvariant) // expect: 0
v_booleanvariant = 1
Trace(v_booleanvariant) // expect: 1
// booléen rangé dans : foreach
arr_booleanforeach est un tableau de booléen
TableauAjoute(arr_booleanforeach, Vrai)
POUR TOUT e_booleanforeach DE arr_booleanforeach
	Trace(PAS e_booleanforeach) // expect: 0
	Trace(e_booleanforeach ET Faux) // expect: 0
	Trace(e_booleanforeach OU Faux) // expect: 1
	Trace(e_booleanforeach = Vrai) // expect: 1
	Trace(e_booleanforeach + 1) // expect: 2
	Trace(TypeVar(e_booleanforeach)) // expect: 1
	Trace(e_booleanforeach) // expect: 1
	e_booleanforeach = PAS e_booleanforeach
	Trace(e_booleanforeach) // expect: 0
	e_booleanforeach = 1
	Trace(e_booleanforeach) // expect: 1
FIN
// booléen rangé dans : foreach_struct
ST_booleanforeachstruct est une Structure
	m est un booléen
FIN
arr_booleanforeachstruct est un tableau de ST_booleanforeachstruct
st_booleanforeachstruct est un ST_booleanforeachstruct
st_booleanforeachstruct.m = Vrai
TableauAjoute(arr_booleanforeachstruct, st_booleanforeachstruct)
POUR TOUT e_booleanforeachstruct DE arr_booleanforeachstruct
	Trace(PAS e_booleanforeachstruct.m) // expect: 0
	Trace(e_booleanforeachstruct.m ET Faux) // expect: 0
	Trace(e_booleanforeachstruct.m OU Faux) // expect: 1
	Trace(e_booleanforeachstruct.m = Vrai) // expect: 1
	Trace(e_booleanforeachstruct.m + 1) // expect: 2
	Trace(TypeVar(e_booleanforeachstruct.m)) // expect: 1
	Trace(e_booleanforeachstruct.m) // expect: 1
	e_booleanforeachstruct.m = PAS e_booleanforeachstruct.m
	Trace(e_booleanforeachstruct.m) // expect: 0
	e_booleanforeachstruct.m = 1
	Trace(e_booleanforeachstruct.m) // expect: 1
FIN
// booléen rangé dans : return
Trace(PAS F_booleanreturn()) // expect: 0
Trace(F_booleanreturn() ET Faux) // expect: 0
Trace(F_booleanreturn() OU Faux) // expect: 1
Trace(F_booleanreturn() = Vrai) // expect: 1
Trace(F_booleanreturn() + 1) // expect: 2
Trace(TypeVar(F_booleanreturn())) // expect: 1
Trace(F_booleanreturn()) // expect: 1
// booléen rangé dans : return_untyped
Trace(PAS F_booleanreturnuntyped()) // expect: 0
Trace(F_booleanreturnuntyped() ET Faux) // expect: 0
Trace(F_booleanreturnuntyped() OU Faux) // expect: 1
Trace(F_booleanreturnuntyped() = Vrai) // expect: 1
Trace(F_booleanreturnuntyped() + 1) // expect: 2
Trace(TypeVar(F_booleanreturnuntyped())) // expect: 1
Trace(F_booleanreturnuntyped()) // expect: 1
// booléen rangé dans : reference
x0_booleanreference est un booléen = Vrai
r_booleanreference est un Variant
r_booleanreference <- x0_booleanreference
Trace(PAS r_booleanreference) // expect: 0
Trace(r_booleanreference ET Faux) // expect: 0
Trace(r_booleanreference OU Faux) // expect: 1
Trace(r_booleanreference = Vrai) // expect: 1
Trace(r_booleanreference + 1) // expect: 2
Trace(TypeVar(r_booleanreference)) // expect: 1
Trace(r_booleanreference) // expect: 1
r_booleanreference = PAS r_booleanreference
Trace(r_booleanreference) // expect: 0
r_booleanreference = 1
Trace(r_booleanreference) // expect: 1
// booléen rangé dans : method_return
C_booleanmethodreturn est une Classe
FIN
o_booleanmethodreturn est un C_booleanmethodreturn
Trace(PAS o_booleanmethodreturn.F_booleanmethodreturn()) // expect: 0
Trace(o_booleanmethodreturn.F_booleanmethodreturn() ET Faux) // expect: 0
Trace(o_booleanmethodreturn.F_booleanmethodreturn() OU Faux) // expect: 1
Trace(o_booleanmethodreturn.F_booleanmethodreturn() = Vrai) // expect: 1
Trace(o_booleanmethodreturn.F_booleanmethodreturn() + 1) // expect: 2
Trace(TypeVar(o_booleanmethodreturn.F_booleanmethodreturn())) // expect: 1
Trace(o_booleanmethodreturn.F_booleanmethodreturn()) // expect: 1
// buffer rangé dans : class_colon
C_bufferclasscolon est une Classe
	m est un Buffer
FIN
o_bufferclasscolon est un C_bufferclasscolon
o_bufferclasscolon.m = "AB"
o_bufferclasscolon.Lance()
// buffer rangé dans : class_bare
C_bufferclassbare est une Classe
	m est un Buffer
FIN
o_bufferclassbare est un C_bufferclassbare
o_bufferclassbare.m = "AB"
o_bufferclassbare.Lance()
// buffer rangé dans : global_in_method
C_bufferglobalinmethod est une Classe
	GLOBAL g est un Buffer
FIN
o_bufferglobalinmethod est un C_bufferglobalinmethod
C_bufferglobalinmethod::g = "AB"
o_bufferglobalinmethod.Lance()
// buffer rangé dans : global_colon
C_bufferglobalcolon est une Classe
	GLOBAL g est un Buffer
FIN
o_bufferglobalcolon est un C_bufferglobalcolon
C_bufferglobalcolon::g = "AB"
o_bufferglobalcolon.Lance()
// buffer rangé dans : param
x0_bufferparam est un Buffer = "AB"
P_bufferparam(x0_bufferparam)
// buffer rangé dans : param_local
x0_bufferparamlocal est un Buffer = "AB"
P_bufferparamlocal(x0_bufferparamlocal)
// buffer rangé dans : param_untyped
x0_bufferparamuntyped est un Buffer = "AB"
P_bufferparamuntyped(x0_bufferparamuntyped)
// buffer rangé dans : proc_local_struct
P_bufferproclocalstruct()
// booléen rangé dans : class_colon
C_booleanclasscolon est une Classe
	m est un booléen
FIN
o_booleanclasscolon est un C_booleanclasscolon
o_booleanclasscolon.m = Vrai
o_booleanclasscolon.Lance()
// booléen rangé dans : class_bare
C_booleanclassbare est une Classe
	m est un booléen
FIN
o_booleanclassbare est un C_booleanclassbare
o_booleanclassbare.m = Vrai
o_booleanclassbare.Lance()
// booléen rangé dans : global_in_method
C_booleanglobalinmethod est une Classe
	GLOBAL g est un booléen
FIN
o_booleanglobalinmethod est un C_booleanglobalinmethod
C_booleanglobalinmethod::g = Vrai
o_booleanglobalinmethod.Lance()
// booléen rangé dans : global_colon
C_booleanglobalcolon est une Classe
	GLOBAL g est un booléen
FIN
o_booleanglobalcolon est un C_booleanglobalcolon
C_booleanglobalcolon::g = Vrai
o_booleanglobalcolon.Lance()
// booléen rangé dans : param
x0_booleanparam est un booléen = Vrai
P_booleanparam(x0_booleanparam)
// booléen rangé dans : param_local
x0_booleanparamlocal est un booléen = Vrai
P_booleanparamlocal(x0_booleanparamlocal)
// booléen rangé dans : param_untyped
x0_booleanparamuntyped est un booléen = Vrai
P_booleanparamuntyped(x0_booleanparamuntyped)
// booléen rangé dans : proc_local_struct
P_booleanproclocalstruct()

PROCEDURE F_bufferreturn() : Buffer
x0_bufferreturn est un Buffer = "AB"
RENVOYER x0_bufferreturn

PROCEDURE F_bufferreturnuntyped()
x0_bufferreturnuntyped est un Buffer = "AB"
RENVOYER x0_bufferreturnuntyped

PROCEDURE C_buffermethodreturn::F_buffermethodreturn() : Buffer
x0_buffermethodreturn est un Buffer = "AB"
RENVOYER x0_buffermethodreturn

PROCEDURE C_bufferclasscolon::Lance()
Trace(Taille(:m)) // expect: 2
Trace(:m + "Q") // expect: ABQ
Trace(BufferVersHexa(:m)) // expect: 41 42
Trace(:m[[2]]) // expect: B
Trace(:m = "AB") // expect: 1
Trace(TypeVar(:m)) // expect: 30
Trace(:m) // expect: AB
:m += "D"
Trace(:m) // expect: ABD
:m[[1]] = "Z"
Trace(:m) // expect: ZBD

PROCEDURE C_bufferclassbare::Lance()
Trace(Taille(m)) // expect: 2
Trace(m + "Q") // expect: ABQ
Trace(BufferVersHexa(m)) // expect: 41 42
Trace(m[[2]]) // expect: B
Trace(m = "AB") // expect: 1
Trace(TypeVar(m)) // expect: 30
Trace(m) // expect: AB
m += "D"
Trace(m) // expect: ABD
m[[1]] = "Z"
Trace(m) // expect: ZBD

PROCEDURE C_bufferglobalinmethod::Lance()
Trace(Taille(g)) // expect: 2
Trace(g + "Q") // expect: ABQ
Trace(BufferVersHexa(g)) // expect: 41 42
Trace(g[[2]]) // expect: B
Trace(g = "AB") // expect: 1
Trace(TypeVar(g)) // expect: 30
Trace(g) // expect: AB
g += "D"
Trace(g) // expect: ABD
g[[1]] = "Z"
Trace(g) // expect: ZBD

PROCEDURE C_bufferglobalcolon::Lance()
Trace(Taille(::g)) // expect: 2
Trace(::g + "Q") // expect: ABQ
Trace(BufferVersHexa(::g)) // expect: 41 42
Trace(::g[[2]]) // expect: B
Trace(::g = "AB") // expect: 1
Trace(TypeVar(::g)) // expect: 30
Trace(::g) // expect: AB
::g += "D"
Trace(::g) // expect: ABD
::g[[1]] = "Z"
Trace(::g) // expect: ZBD

PROCEDURE P_bufferparam(p est un Buffer)
Trace(Taille(p)) // expect: 2
Trace(p + "Q") // expect: ABQ
Trace(BufferVersHexa(p)) // expect: 41 42
Trace(p[[2]]) // expect: B
Trace(p = "AB") // expect: 1
Trace(TypeVar(p)) // expect: 30
Trace(p) // expect: AB
p += "D"
Trace(p) // expect: ABD
p[[1]] = "Z"
Trace(p) // expect: ZBD

PROCEDURE P_bufferparamlocal(LOCAL p est un Buffer)
Trace(Taille(p)) // expect: 2
Trace(p + "Q") // expect: ABQ
Trace(BufferVersHexa(p)) // expect: 41 42
Trace(p[[2]]) // expect: B
Trace(p = "AB") // expect: 1
Trace(TypeVar(p)) // expect: 30
Trace(p) // expect: AB
p += "D"
Trace(p) // expect: ABD
p[[1]] = "Z"
Trace(p) // expect: ZBD

PROCEDURE P_bufferparamuntyped(p)
Trace(Taille(p)) // expect: 2
Trace(p + "Q") // expect: ABQ
Trace(BufferVersHexa(p)) // expect: 41 42
Trace(p[[2]]) // expect: B
Trace(p = "AB") // expect: 1
Trace(TypeVar(p)) // expect: 30
Trace(p) // expect: AB
p += "D"
Trace(p) // expect: ABD
p[[1]] = "Z"
Trace(p) // expect: ZBD

PROCEDURE P_bufferproclocalstruct()
ST_bufferproclocalstruct est une Structure
	m est un Buffer
FIN
st_bufferproclocalstruct est un ST_bufferproclocalstruct
st_bufferproclocalstruct.m = "AB"
Trace(Taille(st_bufferproclocalstruct.m)) // expect: 2
Trace(st_bufferproclocalstruct.m + "Q") // expect: ABQ
Trace(BufferVersHexa(st_bufferproclocalstruct.m)) // expect: 41 42
Trace(st_bufferproclocalstruct.m[[2]]) // expect: B
Trace(st_bufferproclocalstruct.m = "AB") // expect: 1
Trace(TypeVar(st_bufferproclocalstruct.m)) // expect: 30
Trace(st_bufferproclocalstruct.m) // expect: AB
st_bufferproclocalstruct.m += "D"
Trace(st_bufferproclocalstruct.m) // expect: ABD
st_bufferproclocalstruct.m[[1]] = "Z"
Trace(st_bufferproclocalstruct.m) // expect: ZBD

PROCEDURE F_booleanreturn() : booléen
x0_booleanreturn est un booléen = Vrai
RENVOYER x0_booleanreturn

PROCEDURE F_booleanreturnuntyped()
x0_booleanreturnuntyped est un booléen = Vrai
RENVOYER x0_booleanreturnuntyped

PROCEDURE C_booleanmethodreturn::F_booleanmethodreturn() : booléen
x0_booleanmethodreturn est un booléen = Vrai
RENVOYER x0_booleanmethodreturn

PROCEDURE C_booleanclasscolon::Lance()
Trace(PAS :m) // expect: 0
Trace(:m ET Faux) // expect: 0
Trace(:m OU Faux) // expect: 1
Trace(:m = Vrai) // expect: 1
Trace(:m + 1) // expect: 2
Trace(TypeVar(:m)) // expect: 1
Trace(:m) // expect: 1
:m = PAS :m
Trace(:m) // expect: 0
:m = 1
Trace(:m) // expect: 1

PROCEDURE C_booleanclassbare::Lance()
Trace(PAS m) // expect: 0
Trace(m ET Faux) // expect: 0
Trace(m OU Faux) // expect: 1
Trace(m = Vrai) // expect: 1
Trace(m + 1) // expect: 2
Trace(TypeVar(m)) // expect: 1
Trace(m) // expect: 1
m = PAS m
Trace(m) // expect: 0
m = 1
Trace(m) // expect: 1

PROCEDURE C_booleanglobalinmethod::Lance()
Trace(PAS g) // expect: 0
Trace(g ET Faux) // expect: 0
Trace(g OU Faux) // expect: 1
Trace(g = Vrai) // expect: 1
Trace(g + 1) // expect: 2
Trace(TypeVar(g)) // expect: 1
Trace(g) // expect: 1
g = PAS g
Trace(g) // expect: 0
g = 1
Trace(g) // expect: 1

PROCEDURE C_booleanglobalcolon::Lance()
Trace(PAS ::g) // expect: 0
Trace(::g ET Faux) // expect: 0
Trace(::g OU Faux) // expect: 1
Trace(::g = Vrai) // expect: 1
Trace(::g + 1) // expect: 2
Trace(TypeVar(::g)) // expect: 1
Trace(::g) // expect: 1
::g = PAS ::g
Trace(::g) // expect: 0
::g = 1
Trace(::g) // expect: 1

PROCEDURE P_booleanparam(p est un booléen)
Trace(PAS p) // expect: 0
Trace(p ET Faux) // expect: 0
Trace(p OU Faux) // expect: 1
Trace(p = Vrai) // expect: 1
Trace(p + 1) // expect: 2
Trace(TypeVar(p)) // expect: 1
Trace(p) // expect: 1
p = PAS p
Trace(p) // expect: 0
p = 1
Trace(p) // expect: 1

PROCEDURE P_booleanparamlocal(LOCAL p est un booléen)
Trace(PAS p) // expect: 0
Trace(p ET Faux) // expect: 0
Trace(p OU Faux) // expect: 1
Trace(p = Vrai) // expect: 1
Trace(p + 1) // expect: 2
Trace(TypeVar(p)) // expect: 1
Trace(p) // expect: 1
p = PAS p
Trace(p) // expect: 0
p = 1
Trace(p) // expect: 1

PROCEDURE P_booleanparamuntyped(p)
Trace(PAS p) // expect: 0
Trace(p ET Faux) // expect: 0
Trace(p OU Faux) // expect: 1
Trace(p = Vrai) // expect: 1
Trace(p + 1) // expect: 2
Trace(TypeVar(p)) // expect: 1
Trace(p) // expect: 1
p = PAS p
Trace(p) // expect: 0
p = 1
Trace(p) // expect: 1

PROCEDURE P_booleanproclocalstruct()
ST_booleanproclocalstruct est une Structure
	m est un booléen
FIN
st_booleanproclocalstruct est un ST_booleanproclocalstruct
st_booleanproclocalstruct.m = Vrai
Trace(PAS st_booleanproclocalstruct.m) // expect: 0
Trace(st_booleanproclocalstruct.m ET Faux) // expect: 0
Trace(st_booleanproclocalstruct.m OU Faux) // expect: 1
Trace(st_booleanproclocalstruct.m = Vrai) // expect: 1
Trace(st_booleanproclocalstruct.m + 1) // expect: 2
Trace(TypeVar(st_booleanproclocalstruct.m)) // expect: 1
Trace(st_booleanproclocalstruct.m) // expect: 1
st_booleanproclocalstruct.m = PAS st_booleanproclocalstruct.m
Trace(st_booleanproclocalstruct.m) // expect: 0
st_booleanproclocalstruct.m = 1
Trace(st_booleanproclocalstruct.m) // expect: 1
