package vn.gov.commune.digitisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.commune.catalogue.CatalogueFile;
import vn.gov.commune.catalogue.CatalogueLoader;
import vn.gov.commune.catalogue.Procedure;
import vn.gov.commune.catalogue.ProcedureCatalogue;
import vn.gov.commune.catalogue.ProcedureComponent;

class ComponentFileTypesTest {

  @Test
  void theFileTypesOfTheCatalogueFileComeFromTheLoadersOneParse() throws Exception {
    CatalogueFile parsed;
    try (InputStream in = getClass().getResourceAsStream("/catalogue/procedures.json")) {
      parsed = CatalogueFile.read("procedures.json", in);
    }
    CatalogueLoader loader = mock(CatalogueLoader.class);
    when(loader.file()).thenReturn(parsed);
    // a version stored before the file_types column existed: its components carry no file types
    Procedure stored = mock(Procedure.class);
    when(stored.getComponents()).thenReturn(List.of(new ProcedureComponent("TO_KHAI", "Tờ khai", true, null)));
    ProcedureCatalogue catalogue = mock(ProcedureCatalogue.class);
    when(catalogue.require("1.001193", 2)).thenReturn(stored);

    ComponentFileTypes types = new ComponentFileTypes(catalogue, new DigitisationProperties(), loader);

    verify(loader, times(1)).file();
    assertThat(types.allowed("1.001193", 2, "TO_KHAI"))
        .containsExactlyInAnyOrder(FileType.PDF, FileType.JPEG, FileType.PNG, FileType.TIFF, FileType.DOCX, FileType.ODT);
    assertThat(types.allowed("1.001193", 2, "TO_KHAI")).isSameAs(types.allowed("1.001193", 2, "TO_KHAI"));
    assertThatThrownBy(() -> types.allowed("1.001193", 2, "TO_KHAI").clear()).isInstanceOf(UnsupportedOperationException.class);
  }
}
