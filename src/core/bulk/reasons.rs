//! Why a file could not be read, in words a seller understands, in Spanish and English. The
//! readers' own errors (calamine's, the operating system's) are English and technical ("Workbook
//! is password protected", "invalid Zip archive"): the seller gets a Spanish reason and what to do,
//! and the English message keeps the technical detail for whoever reports the problem.

use calamine::{Error, XlsError, XlsbError, XlsxError};

/// (Spanish, English) reason a workbook could not be opened or read.
pub(super) fn sheet_reason(e: &Error) -> (String, String) {
    use calamine::OdsError;
    let (es, en) = match e {
        Error::Xlsx(XlsxError::Password) | Error::Xls(XlsError::Password) | Error::Xlsb(XlsbError::Password) => (
            "está protegida con contraseña: ábrela en Excel, quítale la contraseña y vuelve a subirla",
            "it is password-protected: open it in Excel, remove the password and upload it again",
        ),
        Error::Msg(_) => (
            "no es un libro de Excel ni de OpenDocument que Listo reconozca: guárdala como .xlsx o .csv",
            "it is not an Excel or OpenDocument workbook Listo recognises: save it as .xlsx or .csv",
        ),
        Error::Xlsx(XlsxError::Zip(_)) | Error::Ods(OdsError::Zip(_)) => (
            "está dañada o incompleta (no se puede descomprimir): vuelve a descargarla o guárdala otra vez",
            "it is damaged or incomplete (it cannot be unzipped): download or save it again",
        ),
        Error::Xlsx(XlsxError::FileNotFound(_)) | Error::Ods(OdsError::FileNotFound(_)) => (
            "le falta una parte interna: vuelve a guardarla con Excel, LibreOffice o Google Sheets",
            "an internal part is missing: save it again with Excel, LibreOffice or Google Sheets",
        ),
        Error::Xlsx(XlsxError::Xml(_) | XlsxError::XmlAttr(_) | XlsxError::XmlEof(_) | XlsxError::UnexpectedNode(_))
        | Error::Ods(OdsError::Xml(_) | OdsError::XmlAttr(_)) => (
            "su contenido interno está dañado: vuelve a guardarla con Excel, LibreOffice o Google Sheets",
            "its internal content is damaged: save it again with Excel, LibreOffice or Google Sheets",
        ),
        Error::Io(io) => return io_reason(io),
        _ => (
            "está dañada o usa algo que Listo no sabe leer: guárdala como .xlsx o .csv",
            "it is damaged or uses something Listo cannot read: save it as .xlsx or .csv",
        ),
    };
    (es.to_string(), format!("{en} ({e})"))
}

/// (Spanish, English) reason a file could not be read at all.
pub(super) fn io_reason(e: &std::io::Error) -> (String, String) {
    use std::io::ErrorKind;
    let es = match e.kind() {
        ErrorKind::NotFound => "el archivo ya no está (¿se movió o se borró?)",
        ErrorKind::PermissionDenied => "no hay permiso para leer el archivo",
        ErrorKind::UnexpectedEof => "el archivo termina antes de tiempo: está incompleto",
        _ => "el archivo no se pudo leer hasta el final",
    };
    (es.to_string(), format!("the file could not be read ({e})"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_spanish_only(s: &str) -> bool {
        !["error", "Workbook", "invalid", "Zip", "file"].iter().any(|w| s.contains(w))
    }

    #[test]
    fn each_kind_has_its_own_spanish_reason_and_the_english_keeps_the_detail() {
        let cases: [(Error, &str); 5] = [
            (Error::Xlsx(XlsxError::Password), "contraseña"),
            (Error::Msg("Cannot detect file format"), ".xlsx o .csv"),
            (Error::Xlsx(XlsxError::FileNotFound("xl/workbook.xml".into())), "parte interna"),
            (Error::Xlsx(XlsxError::XmlEof("sheet")), "contenido interno"),
            (Error::Io(std::io::Error::from(std::io::ErrorKind::UnexpectedEof)), "incompleto"),
        ];
        for (e, want) in cases {
            let (es, en) = sheet_reason(&e);
            assert!(es.contains(want), "{e}: {es}");
            assert!(is_spanish_only(&es), "{es}");
            assert!(!en.is_empty() && en != es);
        }
        assert!(sheet_reason(&Error::Xlsx(XlsxError::Password)).1.contains("password protected"));
    }
}
