; Lodestar's Windows installer (NSIS 3, Modern UI 2).
; Saved as UTF-8 with a byte-order mark, so that makensis reads the
; translated strings the same on Linux and on Windows.
; Built by packaging/build-windows.sh (cross-compiled on Linux with makensis)
; and by the release workflow on Windows:
;   makensis -DVERSION=0.1.0 [-DNUMVERSION=0.1.0] -DBINDIR=<folder with lodestar.exe> -DOUTFILE=<setup.exe> lodestar.nsi
;
; Installs for the current user (no administrator rights needed) into
; %LOCALAPPDATA%\Programs\Lodestar, with a Start menu entry, an optional
; desktop shortcut, the folder on the user's PATH (so `lodestar profiles`
; works in a terminal), and an entry in "Apps & features" to uninstall it.
; Uninstalling never touches the profiles in %APPDATA%\Lodestar.

; A 64-bit setup program, like the app: it runs wherever the app does
; (and under a 64-bit-only Wine, which is how CI runs it).
Target amd64-unicode
Unicode true
SetCompressor /SOLID lzma
RequestExecutionLevel user

!ifndef VERSION
  !error "pass -DVERSION=x.y.z"
!endif
!ifndef BINDIR
  !error "pass -DBINDIR=<folder with lodestar.exe>"
!endif
!ifndef NUMVERSION
  !define NUMVERSION "${VERSION}"
!endif
!ifndef OUTFILE
  !define OUTFILE "Lodestar-${VERSION}-setup.exe"
!endif

!define APP "Lodestar"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Lodestar"

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP} ${VERSION}"

VIProductVersion "${NUMVERSION}.0"
VIAddVersionKey "ProductName" "${APP}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${APP} installer"
VIAddVersionKey "LegalCopyright" "The Lodestar developers"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "StrFunc.nsh"
${StrStr}
${UnStrRep}

!define MUI_ICON "..\icons\lodestar.ico"
!define MUI_UNICON "..\icons\lodestar.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\lodestar.exe"
!define MUI_FINISHPAGE_RUN_TEXT "$(RUN_Text)"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
; The pages speak the language of Windows when it is one of these (NSIS
; picks it by itself); English otherwise. The same languages as the app.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "German"
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "Spanish"
!insertmacro MUI_LANGUAGE "PortugueseBR"

LangString RUN_Text ${LANG_ENGLISH} "Start Lodestar"
LangString RUN_Text ${LANG_GERMAN} "Lodestar starten"
LangString RUN_Text ${LANG_FRENCH} "Lancer Lodestar"
LangString RUN_Text ${LANG_SPANISH} "Iniciar Lodestar"
LangString RUN_Text ${LANG_PORTUGUESEBR} "Iniciar o Lodestar"
LangString PATH_TooLong ${LANG_ENGLISH} "Your PATH is too long to change safely: add $INSTDIR to it yourself to use lodestar in a terminal."
LangString PATH_TooLong ${LANG_GERMAN} "Deine PATH-Variable ist zu lang, um sie sicher zu ändern: Füge $INSTDIR selbst hinzu, um lodestar im Terminal zu nutzen."
LangString PATH_TooLong ${LANG_FRENCH} "Votre PATH est trop long pour être modifié sans risque : ajoutez-y vous-même $INSTDIR pour utiliser lodestar dans un terminal."
LangString PATH_TooLong ${LANG_SPANISH} "Tu PATH es demasiado largo para cambiarlo sin riesgo: añade tú mismo $INSTDIR para usar lodestar en una terminal."
LangString PATH_TooLong ${LANG_PORTUGUESEBR} "Seu PATH é longo demais para ser alterado com segurança: adicione $INSTDIR você mesmo para usar o lodestar no terminal."
LangString TYPE_Profile ${LANG_ENGLISH} "Lodestar profile"
LangString TYPE_Profile ${LANG_GERMAN} "Lodestar-Profil"
LangString TYPE_Profile ${LANG_FRENCH} "Profil Lodestar"
LangString TYPE_Profile ${LANG_SPANISH} "Perfil de Lodestar"
LangString TYPE_Profile ${LANG_PORTUGUESEBR} "Perfil do Lodestar"
LangString SEC_Desktop ${LANG_ENGLISH} "Desktop shortcut"
LangString SEC_Desktop ${LANG_GERMAN} "Verknüpfung auf dem Desktop"
LangString SEC_Desktop ${LANG_FRENCH} "Raccourci sur le Bureau"
LangString SEC_Desktop ${LANG_SPANISH} "Acceso directo en el escritorio"
LangString SEC_Desktop ${LANG_PORTUGUESEBR} "Atalho na área de trabalho"

; Sets $R9 to "present" when HKCU\Environment has a Path value (asked
; after ReadRegStr failed: a value too long for NSIS), "missing" otherwise.
Function PathExists
  StrCpy $R0 0
  StrCpy $R9 "missing"
  loop:
    EnumRegValue $R1 HKCU "Environment" $R0
    StrCmp $R1 "" done
    StrCmp $R1 "Path" 0 next
      StrCpy $R9 "present"
      Goto done
    next:
    IntOp $R0 $R0 + 1
    Goto loop
  done:
FunctionEnd

Section "Lodestar" SecApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  File "${BINDIR}\lodestar.exe"
  ; 0.1.0 shipped a console twin; lodestar.exe does its work now.
  Delete "$INSTDIR\lodestar-cli.exe"
  File "..\icons\lodestar.ico"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\lodestar.exe" "" "$INSTDIR\lodestar.ico"

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "The Lodestar developers"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\lodestar.ico"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1

  ; A .lodestar file (a profile sent from the other computer) opens in
  ; Lodestar with a double-click, for this user.
  WriteRegStr HKCU "Software\Classes\.lodestar" "" "Lodestar.Profile"
  WriteRegStr HKCU "Software\Classes\.lodestar" "Content Type" "application/x-lodestar-profile"
  WriteRegStr HKCU "Software\Classes\Lodestar.Profile" "" "$(TYPE_Profile)"
  WriteRegStr HKCU "Software\Classes\Lodestar.Profile\DefaultIcon" "" "$INSTDIR\lodestar.ico"
  WriteRegStr HKCU "Software\Classes\Lodestar.Profile\shell\open\command" "" '"$INSTDIR\lodestar.exe" "%1"'
  ; Tell Explorer the associations changed (SHCNE_ASSOCCHANGED).
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  ; `lodestar` in a terminal: the folder joins this user's PATH, once. A
  ; PATH that NSIS cannot hold whole (its strings end at 1024 characters) is
  ; left exactly as it is, and the person is told: never cut or replaced.
  ClearErrors
  ReadRegStr $0 HKCU "Environment" "Path"
  ${If} ${Errors}
    Call PathExists
    StrCpy $2 $R9
  ${Else}
    StrCpy $2 "readable"
  ${EndIf}
  StrLen $3 "$0;$INSTDIR;"
  ${If} $2 == "present"
  ${OrIf} $3 > 1000
    DetailPrint "$(PATH_TooLong)"
  ${Else}
    ${StrStr} $1 ";$0;" ";$INSTDIR;"
    ${If} $1 == ""
      ${If} $0 == ""
        WriteRegExpandStr HKCU "Environment" "Path" "$INSTDIR"
      ${Else}
        WriteRegExpandStr HKCU "Environment" "Path" "$0;$INSTDIR"
      ${EndIf}
      ; Only what was added here is taken out again by the uninstaller.
      WriteRegDWORD HKCU "${UNINSTALL_KEY}" "AddedToPath" 1
      SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=2000
    ${EndIf}
  ${EndIf}
SectionEnd

Section /o "$(SEC_Desktop)" SecDesktop
  CreateShortCut "$DESKTOP\${APP}.lnk" "$INSTDIR\lodestar.exe" "" "$INSTDIR\lodestar.ico"
SectionEnd

LangString DESC_App ${LANG_ENGLISH} "The Lodestar app, also for the command line (lodestar in a terminal)."
LangString DESC_App ${LANG_GERMAN} "Die Lodestar-App, auch für die Kommandozeile (lodestar im Terminal)."
LangString DESC_App ${LANG_FRENCH} "L’application Lodestar, aussi en ligne de commande (lodestar dans un terminal)."
LangString DESC_App ${LANG_SPANISH} "La aplicación Lodestar, también para la línea de comandos (lodestar en una terminal)."
LangString DESC_App ${LANG_PORTUGUESEBR} "O aplicativo Lodestar, também na linha de comando (lodestar no terminal)."
LangString DESC_Desktop ${LANG_ENGLISH} "A Lodestar icon on the desktop."
LangString DESC_Desktop ${LANG_GERMAN} "Ein Lodestar-Symbol auf dem Desktop."
LangString DESC_Desktop ${LANG_FRENCH} "Une icône Lodestar sur le Bureau."
LangString DESC_Desktop ${LANG_SPANISH} "Un icono de Lodestar en el escritorio."
LangString DESC_Desktop ${LANG_PORTUGUESEBR} "Um ícone do Lodestar na área de trabalho."
!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecApp} $(DESC_App)
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} $(DESC_Desktop)
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Section "Uninstall"
  ; Only what the installer put there: profiles and settings stay.
  Delete "$INSTDIR\lodestar.exe"
  Delete "$INSTDIR\lodestar-cli.exe"
  Delete "$INSTDIR\lodestar.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$DESKTOP\${APP}.lnk"
  ; The machine's cache (which renderer opened the window), not user data.
  Delete "$LOCALAPPDATA\Lodestar\Lodestar\cache\renderer"
  RMDir "$LOCALAPPDATA\Lodestar\Lodestar\cache"
  RMDir "$LOCALAPPDATA\Lodestar\Lodestar"
  RMDir "$LOCALAPPDATA\Lodestar"
  ; The folder leaves PATH if the installer put it there; the rest of PATH
  ; stays as it was (a PATH too long for NSIS is not touched).
  ReadRegDWORD $2 HKCU "${UNINSTALL_KEY}" "AddedToPath"
  ClearErrors
  ReadRegStr $0 HKCU "Environment" "Path"
  StrLen $3 $0
  ${If} $2 == 1
  ${AndIfNot} ${Errors}
  ${AndIf} $3 < 1000
    ${UnStrRep} $1 ";$0;" ";$INSTDIR;" ";"
    ${If} $1 != ";$0;"
      StrCpy $1 $1 "" 1
      StrCpy $1 $1 -1
      ${If} $1 == ""
        DeleteRegValue HKCU "Environment" "Path"
      ${Else}
        WriteRegExpandStr HKCU "Environment" "Path" "$1"
      ${EndIf}
      SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=2000
    ${EndIf}
  ${EndIf}
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ; The association, only if it is still ours.
  ReadRegStr $0 HKCU "Software\Classes\.lodestar" ""
  StrCmp $0 "Lodestar.Profile" 0 +2
    DeleteRegKey HKCU "Software\Classes\.lodestar"
  DeleteRegKey HKCU "Software\Classes\Lodestar.Profile"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
