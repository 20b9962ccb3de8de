package dev.cashback.plugin.interfaces.rest.shared;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Adds the Transaction filter's query parameters to the lists that take it. They are read through
 * {@link ListQuery} as a bean parameter, which Payara's OpenAPI scanner does not describe; listing
 * them here from {@link ListQuery#PARAMETERS} keeps one description for both.
 */
public class ListQueryDocumentation implements OASFilter {

  static final List<String> LISTS =
      List.of(
          "/api/cashback/v1/transactions",
          "/api/cashback/v1/wallets/me/transactions",
          "/api/cashback/v1/history");

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null) {
      return;
    }
    for (String path : LISTS) {
      PathItem item = openAPI.getPaths().getPathItem(path);
      if (item == null || item.getGET() == null) {
        continue;
      }
      for (Map.Entry<String, String> parameter : ListQuery.PARAMETERS.entrySet()) {
        if (described(item.getGET(), parameter.getKey())) {
          continue;
        }
        item.getGET()
            .addParameter(
                OASFactory.createParameter()
                    .name(parameter.getKey())
                    .in(Parameter.In.QUERY)
                    .description(parameter.getValue())
                    .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)));
      }
    }
  }

  /**
   * Some scanners (Open Liberty's) do describe bean parameters: a second description of the same
   * parameter would make the document invalid.
   */
  private static boolean described(Operation operation, String name) {
    return operation.getParameters() != null
        && operation.getParameters().stream()
            .anyMatch(p -> name.equals(p.getName()) && p.getIn() == Parameter.In.QUERY);
  }
}
