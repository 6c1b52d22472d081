package dev.precis.validation.papers;

import dev.precis.components.pe.AntPeArray;
import dev.precis.components.pe.AntPeArrayComponent;
import dev.precis.components.pe.BitSliceArray;
import dev.precis.components.pe.BitSliceArrayComponent;
import dev.precis.components.pe.LpaPeArray;
import dev.precis.components.pe.LpaPeArrayComponent;
import dev.precis.tlm.Component;
import dev.precis.tlm.describe.ComponentRegistry;
import java.util.Map;

/**
 * The pure models behind the registered PE-array types, built through the registry from a parameter block (the
 * types' defaults for whatever the block leaves out), so a paper experiment computes with exactly the model a
 * composition of that type would hold.
 */
public final class ArrayModels {

    private ArrayModels() {
    }

    public static AntPeArray ant(Map<String, ?> params) {
        return ((AntPeArrayComponent) create("ant-pe-array", params)).model();
    }

    public static LpaPeArray lpa(Map<String, ?> params) {
        return ((LpaPeArrayComponent) create("lpa-pe-array", params)).model();
    }

    public static BitSliceArray panacea(Map<String, ?> params) {
        return ((BitSliceArrayComponent) create("panacea-array", params)).model();
    }

    public static BitSliceArray sibia(Map<String, ?> params) {
        return ((BitSliceArrayComponent) create("sibia-array", params)).model();
    }

    private static Component create(String type, Map<String, ?> params) {
        return ComponentRegistry.load().create(type, "validation." + type, params);
    }
}
