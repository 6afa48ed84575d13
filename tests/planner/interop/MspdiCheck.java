// Reads an MS Project XML file with MPXJ, an independent reader, and prints
// what it understood as tab-separated lines for tests/planner/test_mspdi_mpxj.py:
//   format  <reader class>
//   task    UID level name start finish milestone summary percent guid
//   link    successorUID predecessorUID type lag
//   base    UID number start finish
// With "--orders", prints the element order of MPXJ's MSPDI schema classes
// instead:  order  <element>  <child> <child> …
import java.io.File;
import java.lang.reflect.Field;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.Task;
import org.mpxj.reader.UniversalProjectReader;

public class MspdiCheck {
  public static void main(String[] args) throws Exception {
    if (args[0].equals("--orders")) {
      String[][] classes = {
        {"Project", "Project"}, {"Task", "Project$Tasks$Task"},
        {"PredecessorLink", "Project$Tasks$Task$PredecessorLink"},
        {"Baseline", "Project$Tasks$Task$Baseline"}, {"Calendar", "Project$Calendars$Calendar"},
        {"WeekDay", "Project$Calendars$Calendar$WeekDays$WeekDay"},
        {"WorkingTime", "Project$Calendars$Calendar$WeekDays$WeekDay$WorkingTimes$WorkingTime"},
      };
      for (String[] pair : classes) {
        Class<?> type = Class.forName("org.mpxj.mspdi.schema." + pair[1]);
        StringBuilder line = new StringBuilder("order\t" + pair[0]);
        for (String property : type.getAnnotation(XmlType.class).propOrder()) {
          XmlElement element = type.getDeclaredField(property).getAnnotation(XmlElement.class);
          String name = element != null && !element.name().equals("##default")
              ? element.name() : property;
          line.append('\t').append(name);
        }
        System.out.println(line);
      }
      return;
    }
    UniversalProjectReader reader = new UniversalProjectReader();
    ProjectFile project = reader.read(new File(args[0]));
    if (project == null) {
      System.out.println("format\tnone");
      return;
    }
    System.out.println("format\t" + project.getProjectProperties().getFileType());
    System.out.println("title\t" + project.getProjectProperties().getProjectTitle());
    for (Task task : project.getTasks()) {
      if (task.getUniqueID() == null || task.getUniqueID() == 0) {
        continue;
      }
      System.out.println(String.join("\t", "task", String.valueOf(task.getUniqueID()),
          String.valueOf(task.getOutlineLevel()), task.getName(),
          String.valueOf(task.getStart()), String.valueOf(task.getFinish()),
          String.valueOf(task.getMilestone()), String.valueOf(task.getSummary()),
          String.valueOf(task.getPercentageComplete()), String.valueOf(task.getGUID())));
      for (Relation relation : task.getPredecessors()) {
        System.out.println(String.join("\t", "link", String.valueOf(task.getUniqueID()),
            String.valueOf(relation.getPredecessorTask().getUniqueID()),
            String.valueOf(relation.getType()), String.valueOf(relation.getLag())));
      }
      // MPXJ numbers MS Project's "Baseline" 0 and "Baseline1" … "Baseline10" 1 … 10.
      for (int number = 0; number <= 10; number++) {
        Object start = number == 0 ? task.getBaselineStart() : task.getBaselineStart(number);
        Object finish = number == 0 ? task.getBaselineFinish() : task.getBaselineFinish(number);
        if (start != null) {
          System.out.println(String.join("\t", "base", String.valueOf(task.getUniqueID()),
              String.valueOf(number), String.valueOf(start), String.valueOf(finish)));
        }
      }
    }
  }
}
