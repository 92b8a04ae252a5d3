// A generic repository: an interface, an abstract base class with a constructor,
// PROTECTED members, a virtual method, two implementations (in memory and in a text),
// references with <-, a destructor that traces the closing (French twin:
// depot_generique_fr.wl).
IRepository is Interface
	PROCEDURE Save(sKey is string, sValue is string) : boolean
	PROCEDURE Read(sKey is string) : string
	PROCEDURE Count() : int
END

CRepositoryBase is Class, abstract
PROTECTED
	m_sName is string
	m_nWrites is int
END

CMemoryRepository is Class
	inherits from CRepositoryBase
	implements IRepository
PRIVATE
	m_arrValues is associative array of strings
END

CTextRepository is Class
	inherits from CRepositoryBase
	implements IRepository
PRIVATE
	m_sContent is string
END

// --- main code
pMem is dynamic CMemoryRepository = new CMemoryRepository() // expect: opening memory
pTxt is CTextRepository dynamic = new CTextRepository("C:\Data\customers.txt") // expect: opening customers.txt
arrRepositories is array of IRepository
ArrayAdd(arrRepositories, pMem)
arrRepositories.Add(pTxt)
FOR EACH r OF arrRepositories
	Fill(r)
	Trace(Summary(r))
END
// expect: Dupont / Lyon: 3
// expect: key refused
// expect: Dupont / Lyon: 2
pRef is dynamic CRepositoryBase
pRef <- pMem
Trace(pRef.Description()) // expect: repository memory (3 key(s))
pRef <- pTxt
Trace(pRef.Description()) // expect: repository customers.txt
pRef = Null
delete pMem // expect: closing memory after 3 write(s)
delete pTxt // expect: closing customers.txt after 2 write(s)

PROCEDURE CRepositoryBase::Constructor(LOCAL sName is string)
m_sName = sName
Trace("opening " + m_sName)

PROCEDURE CRepositoryBase::Destructor()
Trace("closing " + m_sName + " after " + m_nWrites + " write(s)")

PROCEDURE VIRTUAL CRepositoryBase::Description() : string
RESULT "repository " + m_sName

PROCEDURE PROTECTED CRepositoryBase::Counted()
m_nWrites++

PROCEDURE CMemoryRepository::Constructor()
Constructor CRepositoryBase("memory")

PROCEDURE CMemoryRepository::Save(sKey is string, sValue is string) : boolean
m_arrValues[sKey] = sValue
Counted()
RESULT True

PROCEDURE CMemoryRepository::Read(sKey is string) : string
IF m_arrValues[sKey]..Exist THEN RESULT m_arrValues[sKey]
RESULT ""

PROCEDURE CMemoryRepository::Count() : int
RESULT m_arrValues..Occurrence

PROCEDURE CMemoryRepository::Description() : string
RESULT Ancestor.Description() + " (" + Count() + " key(s))"

PROCEDURE CTextRepository::Constructor(sFile)
Constructor CRepositoryBase(fExtractPath(sFile, fFile + fExtension))

PROCEDURE CTextRepository::Save(sKey is string, sValue is string) : boolean
IF Position(sKey, "=") > 0 THEN RESULT False
m_sContent += [CR] + sKey + "=" + sValue
Counted()
RESULT True

PROCEDURE CTextRepository::Read(sKey is string) : string
FOR EACH STRING sLine OF m_sContent SEPARATED BY CR
	IF ExtractString(sLine, 1, "=") = sKey THEN RESULT ExtractString(sLine, 2, "=")
END
RESULT ""

PROCEDURE CTextRepository::Count() : int
RESULT StringCount(m_sContent, "=")

PROCEDURE Fill(r is IRepository)
r.Save("customer", "Dupont")
r.Save("city", "Lyon")
IF NOT r.Save("a=b", "x") THEN Trace("key refused")

PROCEDURE Summary(LOCAL r is IRepository) : string
RESULT r.Read("customer") + " / " + r.Read("city") + ": " + r.Count()
