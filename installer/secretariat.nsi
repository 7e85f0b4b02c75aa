; Secretariat's Windows installer (NSIS 3, Unicode). Built by `make installer` / installer/build.py:
;
;   makensis /DVERSION=0.1.0 /DVI_VERSION=0.1.0.0 /DBUNDLE=<folder of the frozen build>
;            /DOUTDIR=<where the installer goes> installer/secretariat.nsi
;
; BUNDLE is PyInstaller's one-folder build (installer/secretariat.spec): secretariat.exe (the window),
; secretariat-cli.exe (the command line) and _internal\. On Linux a Linux build of the same spec
; stands in for it (/DEXE_SUFFIX= : its programs have no .exe), so that the script is compiled and
; checked there too; /DFAST stores the files uncompressed for that check.
;
; Per user by default, with no administrator rights, into %LOCALAPPDATA%\Programs\Secretariat;
; for all users (Program Files, an administrator) with /AllUsers or on the page an administrator
; sees. The user's data (%LOCALAPPDATA%\Secretariat: database, backups, logs, documents) is never
; written or removed by the installer or the uninstaller. Installing over an older version replaces
; the program's files in place; the program upgrades the database (with its backup) at first start.

Unicode true

!ifndef VERSION
  !error "VERSION is not defined: makensis /DVERSION=x.y.z (installer/build.py passes pyproject's)"
!endif
!ifndef VI_VERSION
  !error "VI_VERSION is not defined: four numbers, e.g. /DVI_VERSION=0.1.0.0"
!endif
!ifndef BUNDLE
  !error "BUNDLE is not defined: the folder of the frozen build (dist\Secretariat)"
!endif
!define /ifndef OUTDIR "."
!define /ifndef EXE_SUFFIX ".exe"

!define APP_NAME "Secretariat"
!define PUBLISHER "Secretariat developers"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Secretariat"
; Beside (not over) the program's own settings, which Qt keeps in Software\Secretariat\Secretariat.
!define INSTALL_KEY "Software\Secretariat\Installation"

Name "${APP_NAME}"
OutFile "${OUTDIR}\Secretariat-${VERSION}-setup.exe"
!ifdef FAST
  SetCompress off
!else
  SetCompressor /SOLID lzma
  SetCompressorDictSize 64
!endif
ShowInstDetails show
ShowUninstDetails show

; --- Per user or for all users --------------------------------------------------------------------
; "Highest": a standard user installs for themselves with no prompt; an administrator may choose.
!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE          ; /AllUsers or /CurrentUser
!define MULTIUSER_INSTALLMODE_DEFAULT_CURRENTUSER
!define MULTIUSER_INSTALLMODE_INSTDIR "${APP_NAME}" ; %LOCALAPPDATA%\Programs\Secretariat or Program Files
!define MULTIUSER_USE_PROGRAMFILES64
; An upgrade goes where the older version is, in its mode.
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${INSTALL_KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallLocation"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${INSTALL_KEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallLocation"
!include MultiUser.nsh
!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh

; --- Pages ----------------------------------------------------------------------------------------
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_LANGDLL_REGISTRY_ROOT SHCTX
!define MUI_LANGDLL_REGISTRY_KEY "${INSTALL_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_TEXT "$(FinishText)"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!define MUI_FINISHPAGE_TEXT "$(UninstallFinishText)"
!insertmacro MUI_UNPAGE_FINISH

; Indonesian first: the installer shows it unless Windows speaks English (or the user picks English).
!insertmacro MUI_LANGUAGE "Indonesian"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString ProgramRunning ${LANG_INDONESIAN} "Secretariat sedang berjalan. Tutup semua jendela Secretariat, lalu klik Coba Lagi."
LangString ProgramRunning ${LANG_ENGLISH} "Secretariat is running. Close every Secretariat window, then click Retry."
LangString DataFolderRefused ${LANG_INDONESIAN} "Folder ini menyimpan data Anda (basis data, cadangan, dokumen). Pilih folder lain untuk program."
LangString DataFolderRefused ${LANG_ENGLISH} "This folder holds your data (database, backups, documents). Choose another folder for the program."
LangString FinishText ${LANG_INDONESIAN} "Secretariat telah dipasang. Data Anda disimpan di %LOCALAPPDATA%\Secretariat; basis data yang lebih lama diperbarui (dengan cadangan) saat program pertama kali dibuka."
LangString FinishText ${LANG_ENGLISH} "Secretariat has been installed. Your data is kept in %LOCALAPPDATA%\Secretariat; an older database is upgraded (with a backup) the first time the program opens it."
LangString UninstallFinishText ${LANG_INDONESIAN} "Secretariat telah dihapus dari komputer ini. Basis data, dokumen, dan cadangan Anda di %LOCALAPPDATA%\Secretariat tidak dihapus."
LangString UninstallFinishText ${LANG_ENGLISH} "Secretariat has been removed from this computer. Your database, documents and backups in %LOCALAPPDATA%\Secretariat were kept."
LangString DataKept ${LANG_INDONESIAN} "Data pengguna di %LOCALAPPDATA%\Secretariat tidak disentuh."
LangString DataKept ${LANG_ENGLISH} "The user's data in %LOCALAPPDATA%\Secretariat was left alone."

; --- The installer's own properties (Explorer's Details tab) ---------------------------------------
VIProductVersion "${VI_VERSION}"
VIFileVersion "${VI_VERSION}"
!macro VERSION_KEYS LANG
  VIAddVersionKey /LANG=${LANG} "ProductName" "${APP_NAME}"
  VIAddVersionKey /LANG=${LANG} "ProductVersion" "${VERSION}"
  VIAddVersionKey /LANG=${LANG} "FileVersion" "${VERSION}"
  VIAddVersionKey /LANG=${LANG} "CompanyName" "${PUBLISHER}"
  VIAddVersionKey /LANG=${LANG} "LegalCopyright" "${PUBLISHER}"
  VIAddVersionKey /LANG=${LANG} "FileDescription" "${APP_NAME} ${VERSION} Setup"
!macroend
!insertmacro VERSION_KEYS ${LANG_ENGLISH}
!insertmacro VERSION_KEYS ${LANG_INDONESIAN}

; --- Helpers --------------------------------------------------------------------------------------
; A running program keeps its executable open for writing: ask the user to close it (a silent
; install gives up, exit code 2, rather than leave half an upgrade).
!macro WAIT_UNTIL_CLOSED FILE
  !define /redef WAIT_ID ${__COUNTER__}
  ${If} ${FileExists} "${FILE}"
    retry_${WAIT_ID}:
    ClearErrors
    FileOpen $0 "${FILE}" a
    ${If} ${Errors}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(ProgramRunning)" /SD IDCANCEL IDRETRY retry_${WAIT_ID}
      SetErrorLevel 2
      Quit
    ${EndIf}
    FileClose $0
  ${EndIf}
!macroend

Function .onInit
  StrCpy $R9 $INSTDIR ; a folder given with /D= (MultiUser.nsh would replace it with its default)
  !insertmacro MULTIUSER_INIT
  ${If} $R9 != ""
    StrCpy $INSTDIR $R9
  ${EndIf}
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  !insertmacro MULTIUSER_UNINIT
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

; Never the user's data folder as the program folder: the uninstaller would then stand in it.
Function .onVerifyInstDir
  ReadEnvStr $0 LOCALAPPDATA
  ${If} $INSTDIR == "$0\Secretariat"
  ${OrIf} $INSTDIR == "$0\Secretariat\"
    Abort
  ${EndIf}
FunctionEnd

; --- Install --------------------------------------------------------------------------------------
Section "Secretariat" SecProgram
  SectionIn RO
  !insertmacro WAIT_UNTIL_CLOSED "$INSTDIR\secretariat.exe"
  !insertmacro WAIT_UNTIL_CLOSED "$INSTDIR\secretariat-cli.exe"

  ; Upgrade in place: the older version's program files go first, so that no module of it stays
  ; behind. Only the program's own files: nothing of the user's is in this folder.
  RMDir /r "$INSTDIR\_internal"

  SetOutPath "$INSTDIR"
  File "/oname=secretariat.exe" "${BUNDLE}\secretariat${EXE_SUFFIX}"
  File "/oname=secretariat-cli.exe" "${BUNDLE}\secretariat-cli${EXE_SUFFIX}"
  File /r "${BUNDLE}\_internal"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; Shortcuts: the Start menu and the desktop (all users' ones in all-users mode).
  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\secretariat.exe" "" "$INSTDIR\secretariat.exe" 0
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\secretariat.exe" "" "$INSTDIR\secretariat.exe" 0

  ; Where it is, for the next upgrade; and its entry in "Apps & features".
  WriteRegStr SHCTX "${INSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${INSTALL_KEY}" "Version" "${VERSION}"
  ${If} $MultiUser.InstallMode == "AllUsers"
    StrCpy $1 "/AllUsers"
  ${Else}
    StrCpy $1 "/CurrentUser"
  ${EndIf}
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\secretariat.exe,0"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe" $1'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" $1 /S'
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $2 $3
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

; --- Uninstall ------------------------------------------------------------------------------------
; Removes exactly what the installer put in place. %LOCALAPPDATA%\Secretariat (database, backups,
; logs, documents) and the program's settings (Software\Secretariat\Secretariat) stay.
Section "Uninstall"
  !insertmacro WAIT_UNTIL_CLOSED "$INSTDIR\secretariat.exe"
  !insertmacro WAIT_UNTIL_CLOSED "$INSTDIR\secretariat-cli.exe"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  Delete "$INSTDIR\secretariat.exe"
  Delete "$INSTDIR\secretariat-cli.exe"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR" ; only when empty: whatever else someone put there stays
  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
  DeleteRegKey SHCTX "${INSTALL_KEY}"
  DeleteRegKey /ifempty SHCTX "Software\Secretariat"
  DetailPrint "$(DataKept)"
SectionEnd
